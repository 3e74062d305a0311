namespace Microfinance.Application.Treasury.Queries.GetTreasurySettings;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record GetTreasurySettingsQuery : IRequest<TreasurySettingsDto>;
