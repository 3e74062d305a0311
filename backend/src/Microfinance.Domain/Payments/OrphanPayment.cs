using Microfinance.Domain.Common;

namespace Microfinance.Domain.Payments;

/// <summary>
/// Money a provider confirmed that no pending intent of the institution was waiting for. It is never silent: it stays
/// open until a supervisor credits it to an account or records its refund, with a reason.
/// </summary>
public sealed class OrphanPayment : Entity, ITenantOwned
{
    private OrphanPayment() { }

    public OrphanPayment(Guid institutionId, Guid providerId, string providerTransactionId, string? reference, decimal amount, string currency,
        string? payerPhone, OrphanReason reason, DateTimeOffset receivedAt)
    {
        InstitutionId = institutionId;
        ProviderId = providerId;
        ProviderTransactionId = providerTransactionId;
        Reference = reference;
        Amount = amount;
        Currency = currency;
        PayerPhone = payerPhone;
        Reason = reason;
        ReceivedAt = receivedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid ProviderId { get; private set; }
    public string ProviderTransactionId { get; private set; } = "";
    /// <summary>What the delivery gave as our reference (it named no intent we could settle).</summary>
    public string? Reference { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string? PayerPhone { get; private set; }
    public OrphanReason Reason { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public OrphanPaymentStatus Status { get; private set; } = OrphanPaymentStatus.Open;
    public PaymentResolution? Resolution { get; private set; }
    public string? ResolutionReason { get; private set; }
    /// <summary>The deposit it was credited as, when resolved by posting.</summary>
    public Guid? PostedOperationId { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public void Resolve(PaymentResolution resolution, string reason, Guid? postedOperationId, Guid supervisor, DateTimeOffset at)
    {
        if (Status != OrphanPaymentStatus.Open)
            throw new DomainException("orphan_already_resolved", "This payment was already resolved.");
        if ((resolution == PaymentResolution.Post) != postedOperationId.HasValue)
            throw new InvalidOperationException("A posted resolution names its operation; a refund names none.");
        Status = OrphanPaymentStatus.Resolved;
        Resolution = resolution;
        ResolutionReason = reason;
        PostedOperationId = postedOperationId;
        ResolvedBy = supervisor;
        ResolvedAt = at;
    }
}
