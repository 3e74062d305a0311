namespace Microfinance.Application.Payments.Queries.ListOrphanPayments;

public sealed class ListOrphanPaymentsQueryHandler(PaymentReader reader) : IRequestHandler<ListOrphanPaymentsQuery, PagedList<OrphanPaymentDto>>
{
    public Task<PagedList<OrphanPaymentDto>> Handle(ListOrphanPaymentsQuery q, CancellationToken cancellationToken)
    {
        var orphans = reader.Orphans();
        if (q.Status is { } status) orphans = orphans.Where(o => o.Status == status);
        return PagedList<OrphanPaymentDto>.CreateAsync(orphans.OrderBy(o => o.ReceivedAt), q.Page, q.PageSize, cancellationToken);
    }
}
