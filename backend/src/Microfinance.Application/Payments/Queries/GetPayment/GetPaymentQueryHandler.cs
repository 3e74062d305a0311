namespace Microfinance.Application.Payments.Queries.GetPayment;

public sealed class GetPaymentQueryHandler(PaymentReader reader) : IRequestHandler<GetPaymentQuery, PaymentDto>
{
    public Task<PaymentDto> Handle(GetPaymentQuery q, CancellationToken cancellationToken) => reader.PaymentAsync(q.Id, cancellationToken);
}
