namespace Microfinance.Application.Treasury.Commands.UpdateTreasurySettings;

/// <summary>Turns the rule on or off: cash recorded only by a user whose drawer is open.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateTreasurySettingsCommand(bool CashNeedsOpenDrawer) : ICommand<TreasurySettingsDto>;
