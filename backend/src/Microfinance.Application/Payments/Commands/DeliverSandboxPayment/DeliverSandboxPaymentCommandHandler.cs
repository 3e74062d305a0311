using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.DeliverSandboxPayment;

public sealed class DeliverSandboxPaymentCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, ISandboxProvider sandbox, PaymentReader reader)
    : IRequestHandler<DeliverSandboxPaymentCommand, PaymentDto>
{
    public async Task<PaymentDto> Handle(DeliverSandboxPaymentCommand r, CancellationToken cancellationToken)
    {
        var intent = await locks.LockPaymentAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Payment", r.Id);
        if (!intent.IsPending)
            throw new DomainException("payment_not_pending", "This payment is already {0}.", intent.Status);
        var provider = await db.PaymentProviders.AsNoTracking().FirstAsync(p => p.Id == intent.ProviderId, cancellationToken);
        if (provider.Kind != PaymentProviderKind.Sandbox)
            throw new DomainException("not_a_sandbox_payment", "Only a payment through the sandbox provider can be delivered on demand.");
        sandbox.DeliverNow(provider, intent);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.PaymentAsync(intent.Id, cancellationToken);
    }
}
