using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>
/// Applies what a provider vouched for — from a webhook or from its status API — inside the caller's transaction. The
/// intent is locked first, so copies of one delivery arriving together are applied one after the other: the first
/// settles the intent and posts, the others find it settled by the same transaction and change nothing. Money that
/// arrives for no pending intent becomes an orphan, once per provider transaction.
/// </summary>
public sealed class PaymentSettlement(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, PaymentTargets targets, PaymentNotices notices, TimeProvider clock)
{
    public async Task<WebhookReceipt> SettleAsync(PaymentProvider provider, ProviderConfirmation confirmation, CancellationToken ct)
    {
        var intent = Guid.TryParse(confirmation.Reference, out var id) ? await locks.LockPaymentAsync(id, ct) : null;
        if (intent is null || intent.ProviderId != provider.Id)
            return await OrphanAsync(provider, confirmation, OrphanReason.UnknownIntent, ct);
        if (!intent.IsPending)
        {
            if (intent.ProviderTransactionId == confirmation.ProviderTransactionId) return WebhookReceipt.Duplicate;
            return await OrphanAsync(provider, confirmation, OrphanReason.IntentAlreadySettled, ct);
        }
        return await ApplyAsync(intent, provider, confirmation, delivered: true, ct);
    }

    /// <summary>
    /// Settles a pending intent the caller has locked (<see cref="IRowLocks.LockPaymentAsync"/>). The target is posted
    /// first (the intent records the operation's id), then the intent is changed; both are hand-written rows
    /// (<c>LedgerRows</c>), so a repayment and the intent go in one batch at the save below, and a deposit, which saves
    /// to number its receipt, in two.
    /// </summary>
    public async Task<WebhookReceipt> ApplyAsync(PaymentIntent intent, PaymentProvider provider, ProviderConfirmation confirmation, bool delivered,
        CancellationToken ct)
    {
        if (confirmation.Outcome == ProviderOutcome.Pending) return WebhookReceipt.Ignored;
        var transactionId = confirmation.ProviderTransactionId;
        Guid? posted = null;
        string? refusal = null;
        if (confirmation.Outcome == ProviderOutcome.Succeeded && intent.MismatchWith(confirmation.Amount, confirmation.Currency) is null)
        {
            // The posting services refuse a business rule (an account closed since the intent was made) before writing
            // anything: the money is then flagged for a supervisor, never lost and never half posted.
            try
            {
                posted = await targets.PostAsync(intent, provider, confirmation.Amount, transactionId, ct);
            }
            catch (DomainException refused)
            {
                refusal = refused.Code;
            }
        }

        var now = clock.GetUtcNow();
        if (delivered) intent.RecordDelivery(transactionId, now);
        WebhookReceipt receipt;
        if (confirmation.Outcome == ProviderOutcome.Failed)
        {
            intent.Fail(transactionId, null, now);
            receipt = WebhookReceipt.Failed;
        }
        else if (!intent.Confirm(transactionId, confirmation.Amount, confirmation.Currency, now))
            receipt = WebhookReceipt.Flagged;
        else if (posted is { } operation)
        {
            intent.MarkPosted(operation, now);
            receipt = WebhookReceipt.Posted;
        }
        else
        {
            intent.FlagPostingRefused(refusal!, now);
            receipt = WebhookReceipt.Flagged;
        }
        await notices.SettledAsync(intent, provider, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return receipt;
    }

    private async Task<WebhookReceipt> OrphanAsync(PaymentProvider provider, ProviderConfirmation confirmation, OrphanReason reason, CancellationToken ct)
    {
        // A failure for nothing moved no money: nothing to resolve.
        if (confirmation.Outcome != ProviderOutcome.Succeeded) return WebhookReceipt.Ignored;
        // Copies of an orphan delivery have no intent row to queue on: they queue on the transaction's key instead.
        await locks.LockKeyAsync($"orphan-payment:{provider.Id}:{confirmation.ProviderTransactionId}", ct);
        if (await db.OrphanPayments.AnyAsync(o => o.ProviderId == provider.Id && o.ProviderTransactionId == confirmation.ProviderTransactionId, ct))
            return WebhookReceipt.Duplicate;
        var orphan = new OrphanPayment(provider.InstitutionId, provider.Id, confirmation.ProviderTransactionId, confirmation.Reference,
            confirmation.Amount, confirmation.Currency, confirmation.PayerPhone, reason, clock.GetUtcNow());
        db.OrphanPayments.Add(orphan);
        await notices.OrphanAsync(orphan, provider, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return WebhookReceipt.Orphan;
    }
}
