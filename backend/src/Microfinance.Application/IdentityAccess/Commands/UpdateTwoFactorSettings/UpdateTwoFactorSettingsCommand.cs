namespace Microfinance.Application.IdentityAccess.Commands.UpdateTwoFactorSettings;

/// <summary>Sets the roles of the institution that must sign in with a code, besides those that always do.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateTwoFactorSettingsCommand(IReadOnlyList<string> RequiredRoles) : ICommand<TwoFactorSettingsDto>;
