using Microfinance.Application.Common.Money;
namespace Microfinance.Application.Payments.Queries.ListPayments;

public sealed class ListPaymentsQueryHandler(PaymentReader reader, InstitutionProfile institution) : IRequestHandler<ListPaymentsQuery, PagedList<PaymentDto>>
{
    public async Task<PagedList<PaymentDto>> Handle(ListPaymentsQuery q, CancellationToken cancellationToken)
    {
        var profile = await institution.CurrentAsync(cancellationToken);
        var payments = reader.Payments();
        if (q.Status is { } status) payments = payments.Where(p => p.Status == status);
        if (q.Purpose is { } purpose) payments = payments.Where(p => p.Purpose == purpose);
        if (q.Provider is { } provider) payments = payments.Where(p => p.Provider == provider);
        if (q.AgentId is { } agent) payments = payments.Where(p => p.CreatedBy == agent);
        if (q.ClientId is { } client) payments = payments.Where(p => p.ClientId == client);
        if (q.TargetId is { } target) payments = payments.Where(p => p.TargetId == target);
        // Days are the institution's: a payment at 00:30 in Cotonou belongs to that day, not the UTC one.
        if (q.From is { } from)
        {
            var start = profile.StartOf(from);
            payments = payments.Where(p => p.CreatedAt >= start);
        }
        if (q.To is { } to)
        {
            var end = profile.StartOf(to.AddDays(1));
            payments = payments.Where(p => p.CreatedAt < end);
        }
        return await PagedList<PaymentDto>.CreateAsync(payments.OrderByDescending(p => p.CreatedAt), q.Page, q.PageSize, cancellationToken);
    }
}
