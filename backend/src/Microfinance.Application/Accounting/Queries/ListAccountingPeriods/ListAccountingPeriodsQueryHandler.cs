namespace Microfinance.Application.Accounting.Queries.ListAccountingPeriods;

public sealed class ListAccountingPeriodsQueryHandler(AccountingPeriodReader reader)
    : IRequestHandler<ListAccountingPeriodsQuery, IReadOnlyList<AccountingPeriodDto>>
{
    public Task<IReadOnlyList<AccountingPeriodDto>> Handle(ListAccountingPeriodsQuery q, CancellationToken cancellationToken) => reader.ListAsync(cancellationToken);
}
