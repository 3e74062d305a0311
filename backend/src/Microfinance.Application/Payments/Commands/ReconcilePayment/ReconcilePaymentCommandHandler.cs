using Microfinance.Domain.Payments;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Payments.Commands.ReconcilePayment;

public sealed class ReconcilePaymentCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, PaymentGateways gateways, PaymentSettlement settlement, PaymentReader reader,
    IOptions<PaymentOptions> options, TimeProvider clock)
    : IRequestHandler<ReconcilePaymentCommand, PaymentDto>
{
    public async Task<PaymentDto> Handle(ReconcilePaymentCommand r, CancellationToken cancellationToken)
    {
        // Locked for the whole exchange: a webhook or another instance's job arriving meanwhile waits, then finds it settled.
        var intent = await locks.LockPaymentAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Payment", r.Id);
        if (intent.IsPending)
        {
            var provider = await db.PaymentProviders.AsNoTracking().FirstAsync(p => p.Id == intent.ProviderId, cancellationToken);
            var answer = await gateways.For(provider).QueryAsync(provider, intent, cancellationToken);
            await settlement.ApplyAsync(intent, provider, answer, delivered: false, cancellationToken);
            if (intent.IsPending && intent.CreatedAt.AddHours(options.Value.ExpireAfterHours) <= clock.GetUtcNow())
            {
                intent.Expire(clock.GetUtcNow());
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }
        return await reader.PaymentAsync(intent.Id, cancellationToken);
    }
}
