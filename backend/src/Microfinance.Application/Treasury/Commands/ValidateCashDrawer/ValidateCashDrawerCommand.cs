namespace Microfinance.Application.Treasury.Commands.ValidateCashDrawer;

/// <summary>A supervisor of the session's branch, or the SfdAdmin, checks a closed drawer's count (never their own).</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ValidateCashDrawerCommand(Guid Id) : ICommand<CashDrawerDto>;
