using Microfinance.Domain.Common;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>
/// Registers an institution's provider account with its own clearing GL account, in class 3 (<c>372x Fonds mobile money
/// en transit</c>, docs/payments.md): money a provider collected for us and still owes until it pays out to the bank.
/// </summary>
public sealed class PaymentProviderSetup(IApplicationDbContext db, ITenantContext tenant, PaymentGateways gateways, TimeProvider clock)
{
    public const string ClearingAccountPrefix = "372";

    public async Task<PaymentProvider> AddAsync(Guid institutionId, string code, PaymentProviderKind kind, string name, CancellationToken ct)
    {
        if (!gateways.Supports(kind))
            throw new DomainException("provider_kind_unavailable", "{0} providers are not available on this server.", kind);
        // Codes are webhook routes: unique across institutions.
        using (tenant.EnterUnrestrictedScope())
            if (await db.PaymentProviders.AnyAsync(p => p.Code == code, ct))
                throw new ConflictException("provider_code_taken", "A payment provider with code {0} already exists.", code);
        var taken = await db.GlAccounts.Where(a => a.Code.StartsWith(ClearingAccountPrefix)).Select(a => a.Code).ToListAsync(ct);
        var number = Enumerable.Range(1, 99).Select(n => $"{ClearingAccountPrefix}{n}").First(c => !taken.Contains(c));
        var clearing = new GlAccount(institutionId, number, $"Fonds mobile money en transit — {name}", GlAccountType.Asset, clock.GetUtcNow());
        db.GlAccounts.Add(clearing);
        var provider = new PaymentProvider(institutionId, code, kind, name, clearing.Id);
        db.PaymentProviders.Add(provider);
        return provider;
    }
}
