using Microfinance.Domain.Common;

namespace Microfinance.Domain.Payments;

/// <summary>
/// An institution's account with a mobile-money provider. Its <see cref="Code"/> is the webhook's route
/// (<c>/api/v1/payments/webhooks/{code}</c>), unique across the platform: a delivery's institution is the account's,
/// never something the delivery says. Money it confirms is posted to its own clearing GL account.
/// </summary>
public sealed class PaymentProvider : Entity, ITenantOwned
{
    private PaymentProvider() { }

    public PaymentProvider(Guid institutionId, string code, PaymentProviderKind kind, string name, Guid clearingGlAccountId)
    {
        InstitutionId = institutionId;
        Code = code;
        Kind = kind;
        Name = name;
        ClearingGlAccountId = clearingGlAccountId;
    }

    public Guid InstitutionId { get; private set; }
    public string Code { get; private set; } = "";
    public PaymentProviderKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid ClearingGlAccountId { get; private set; }
    public bool IsActive { get; private set; } = true;

    /// <summary>
    /// Deliveries refused for a wrong or missing signature or a stale timestamp: what an admin watches for forgeries.
    /// Counted by one atomic UPDATE (a burst of forgeries must not lose counts), never through this object.
    /// </summary>
    public long RejectedDeliveries { get; private set; }
    public DateTimeOffset? LastRejectedAt { get; private set; }
    public string? LastRejectionReason { get; private set; }
}
