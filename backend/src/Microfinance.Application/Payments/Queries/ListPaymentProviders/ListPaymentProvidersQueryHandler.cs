namespace Microfinance.Application.Payments.Queries.ListPaymentProviders;

public sealed class ListPaymentProvidersQueryHandler(IApplicationDbContext db) : IRequestHandler<ListPaymentProvidersQuery, List<PaymentProviderDto>>
{
    public Task<List<PaymentProviderDto>> Handle(ListPaymentProvidersQuery q, CancellationToken cancellationToken) =>
        db.PaymentProviders.AsNoTracking().OrderBy(p => p.Code).ProjectToDto().ToListAsync(cancellationToken);
}
