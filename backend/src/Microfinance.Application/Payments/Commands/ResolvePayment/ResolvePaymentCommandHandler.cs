using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.ResolvePayment;

public sealed class ResolvePaymentCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, PaymentTargets targets, PaymentReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ResolvePaymentCommand, PaymentDto>
{
    public async Task<PaymentDto> Handle(ResolvePaymentCommand r, CancellationToken cancellationToken)
    {
        var intent = await locks.LockPaymentAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Payment", r.Id);
        var now = clock.GetUtcNow();
        var supervisor = user.UserId!.Value;
        intent.Resolve(r.Resolution, r.Reason, supervisor, now);
        if (r.Resolution == PaymentResolution.Post)
        {
            if (intent.ReceivedAmount is not { } received || intent.ReceivedCurrency != intent.Currency)
                throw new DomainException("payment_not_postable", "Money received in {0} cannot be posted to accounts kept in {1}; record its refund instead.",
                    intent.ReceivedCurrency, intent.Currency);
            var provider = await db.PaymentProviders.AsNoTracking().FirstAsync(p => p.Id == intent.ProviderId, cancellationToken);
            intent.MarkPosted(await targets.PostAsync(intent, provider, received, intent.ProviderTransactionId, cancellationToken), now, supervisor);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.PaymentAsync(intent.Id, cancellationToken);
    }
}
