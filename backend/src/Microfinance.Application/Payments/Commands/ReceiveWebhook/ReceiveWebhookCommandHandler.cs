using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Payments.Commands.ReceiveWebhook;

public sealed class ReceiveWebhookCommandHandler(
    IApplicationDbContext db, ITenantContext tenant, IUserImpersonation impersonation, PaymentGateways gateways, PaymentSettlement settlement,
    ReferenceDataCache cache, TimeProvider clock)
    : IRequestHandler<ReceiveWebhookCommand, WebhookReceipt>
{
    public async Task<WebhookReceipt> Handle(ReceiveWebhookCommand r, CancellationToken cancellationToken)
    {
        // Every provider account of the platform, by code, from the cache: a burst of deliveries does not read them each time.
        var providers = await cache.GetAsync(ReferenceDataCache.Platform, ReferenceDataCache.Platform, async ct =>
        {
            using var unrestricted = tenant.EnterUnrestrictedScope();
            return await db.PaymentProviders.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        }, cancellationToken);
        if (!providers.TryGetValue(r.Provider, out var provider)) throw new NotFoundException("Payment provider", r.Provider);

        // From here on the work is the provider account's institution's, recorded under the provider's name.
        impersonation.ActAs(new UserIdentity(provider.Id, $"provider:{provider.Code}", provider.Name, "Provider", provider.InstitutionId, null));
        var check = provider.IsActive
            ? await gateways.For(provider).VerifyAsync(provider, r.Request, cancellationToken)
            : WebhookCheck.Rejected("provider_inactive");
        if (check.Confirmation is { } confirmation)
            return await settlement.SettleAsync(provider, confirmation, cancellationToken);

        // One atomic increment: a burst of forgeries counts every one of them.
        var now = clock.GetUtcNow();
        await db.PaymentProviders.Where(p => p.Id == provider.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.RejectedDeliveries, p => p.RejectedDeliveries + 1)
            .SetProperty(p => p.LastRejectedAt, now)
            .SetProperty(p => p.LastRejectionReason, check.RejectionCode), cancellationToken);
        return WebhookReceipt.Rejected;
    }
}
