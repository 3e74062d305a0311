namespace Microfinance.Application.IdentityAccess.Queries.GetTwoFactorSettings;

[Authorize(Roles.SfdAdmin)]
public sealed record GetTwoFactorSettingsQuery : IRequest<TwoFactorSettingsDto>;
