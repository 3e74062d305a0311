using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Notifications;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>
/// Tells a payment's outcome: succeeded or failed to the agent who started it; set aside (flagged) to that agent and to
/// the branch's supervisors, who resolve it; money for no request (an orphan) to every supervisor.
/// </summary>
public sealed class PaymentNotices(Notifier notifier)
{
    public async Task SettledAsync(PaymentIntent intent, PaymentProvider provider, CancellationToken ct)
    {
        var kind = intent.Status switch
        {
            PaymentStatus.Succeeded => NotificationKind.PaymentSucceeded,
            PaymentStatus.Failed => NotificationKind.PaymentFailed,
            PaymentStatus.Flagged => NotificationKind.PaymentFlagged,
            _ => (NotificationKind?)null,
        };
        if (kind is not { } told) return;
        var link = $"/paiements/{intent.Id}";
        object?[] arguments = [provider.Name, new MoneyText(intent.ReceivedAmount ?? intent.Amount, intent.ReceivedCurrency ?? intent.Currency), intent.Purpose];
        await notifier.ToUsersAsync([intent.CreatedBy], told, link, ct, arguments);
        if (told == NotificationKind.PaymentFlagged)
            await notifier.ToRoleAsync(Roles.Supervisor, intent.BranchId, told, link, ct, arguments);
    }

    public Task OrphanAsync(OrphanPayment orphan, PaymentProvider provider, CancellationToken ct) =>
        notifier.ToRoleAsync(Roles.Supervisor, null, NotificationKind.PaymentOrphan, "/paiements", ct,
            provider.Name, new MoneyText(orphan.Amount, orphan.Currency), orphan.PayerPhone ?? "?");
}
