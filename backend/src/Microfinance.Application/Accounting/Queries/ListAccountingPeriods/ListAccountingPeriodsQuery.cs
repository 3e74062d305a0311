namespace Microfinance.Application.Accounting.Queries.ListAccountingPeriods;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListAccountingPeriodsQuery : IRequest<IReadOnlyList<AccountingPeriodDto>>;
