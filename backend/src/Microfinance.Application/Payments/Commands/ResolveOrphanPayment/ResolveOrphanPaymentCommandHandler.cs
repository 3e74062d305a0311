using Microfinance.Domain.Common;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.ResolveOrphanPayment;

public sealed class ResolveOrphanPaymentCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, AccountPostings accounts, PaymentReader reader, InstitutionProfile institution,
    ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ResolveOrphanPaymentCommand, OrphanPaymentDto>
{
    public async Task<OrphanPaymentDto> Handle(ResolveOrphanPaymentCommand r, CancellationToken cancellationToken)
    {
        var orphan = await locks.LockOrphanPaymentAsync(r.Id, cancellationToken) ?? throw new NotFoundException("Orphan payment", r.Id);
        Guid? posted = null;
        if (r.Resolution == PaymentResolution.Post)
        {
            var currency = await institution.CurrencyAsync(cancellationToken);
            if (orphan.Currency != currency)
                throw new DomainException("payment_not_postable", "Money received in {0} cannot be posted to accounts kept in {1}; record its refund instead.",
                    orphan.Currency, currency);
            var provider = await db.PaymentProviders.AsNoTracking().FirstAsync(p => p.Id == orphan.ProviderId, cancellationToken);
            posted = (await accounts.DepositAsync(r.AccountId!.Value, orphan.Amount, Channel.MobileMoney, orphan.ProviderTransactionId, null,
                provider.ClearingGlAccountId, null, cancellationToken)).Transaction.Id;
        }
        orphan.Resolve(r.Resolution, r.Reason, posted, user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.OrphanAsync(orphan.Id, cancellationToken);
    }
}
