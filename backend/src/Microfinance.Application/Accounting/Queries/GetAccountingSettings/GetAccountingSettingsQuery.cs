namespace Microfinance.Application.Accounting.Queries.GetAccountingSettings;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetAccountingSettingsQuery : IRequest<AccountingSettingsDto>;
