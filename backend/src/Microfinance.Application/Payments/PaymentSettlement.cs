using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>
/// Applies what a provider vouched for — from a webhook or from its status API — inside the caller's transaction. The
/// intent is locked first, so copies of one delivery arriving together are applied one after the other: the first
/// settles the intent and posts, the others find it settled by the same transaction and change nothing. Money that
/// arrives for no pending intent becomes an orphan, once per provider transaction.
/// </summary>
public sealed class PaymentSettlement(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, PaymentTargets targets, TimeProvider clock)
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
        intent.RecordDelivery(confirmation.ProviderTransactionId, clock.GetUtcNow());
        return await ApplyAsync(intent, provider, confirmation, ct);
    }

    /// <summary>Settles a pending intent the caller has locked (<see cref="IRowLocks.LockPaymentAsync"/>).</summary>
    public async Task<WebhookReceipt> ApplyAsync(PaymentIntent intent, PaymentProvider provider, ProviderConfirmation confirmation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var receipt = confirmation.Outcome switch
        {
            ProviderOutcome.Pending => WebhookReceipt.Ignored,
            ProviderOutcome.Failed => Fail(intent, confirmation, now),
            _ => intent.Confirm(confirmation.ProviderTransactionId, confirmation.Amount, confirmation.Currency, now)
                ? await PostAsync(intent, provider, confirmation.Amount, now, ct)
                : WebhookReceipt.Flagged,
        };
        await unitOfWork.SaveChangesAsync(ct);
        return receipt;
    }

    private static WebhookReceipt Fail(PaymentIntent intent, ProviderConfirmation confirmation, DateTimeOffset now)
    {
        intent.Fail(confirmation.ProviderTransactionId, null, now);
        return WebhookReceipt.Failed;
    }

    /// <summary>
    /// The posting services refuse a business rule (an account closed since the intent was made) before writing anything:
    /// the money is then flagged for a supervisor, never lost and never half posted.
    /// </summary>
    private async Task<WebhookReceipt> PostAsync(PaymentIntent intent, PaymentProvider provider, decimal amount, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            intent.MarkPosted(await targets.PostAsync(intent, provider, amount, ct), now);
            return WebhookReceipt.Posted;
        }
        catch (DomainException refused)
        {
            intent.FlagPostingRefused(refused.Code, now);
            return WebhookReceipt.Flagged;
        }
    }

    private async Task<WebhookReceipt> OrphanAsync(PaymentProvider provider, ProviderConfirmation confirmation, OrphanReason reason, CancellationToken ct)
    {
        // A failure for nothing moved no money: nothing to resolve.
        if (confirmation.Outcome != ProviderOutcome.Succeeded) return WebhookReceipt.Ignored;
        // Copies of an orphan delivery have no intent row to queue on: they queue on the transaction's key instead.
        await locks.LockKeyAsync($"orphan-payment:{provider.Id}:{confirmation.ProviderTransactionId}", ct);
        if (await db.OrphanPayments.AnyAsync(o => o.ProviderId == provider.Id && o.ProviderTransactionId == confirmation.ProviderTransactionId, ct))
            return WebhookReceipt.Duplicate;
        db.OrphanPayments.Add(new OrphanPayment(provider.InstitutionId, provider.Id, confirmation.ProviderTransactionId, confirmation.Reference,
            confirmation.Amount, confirmation.Currency, confirmation.PayerPhone, reason, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(ct);
        return WebhookReceipt.Orphan;
    }
}
