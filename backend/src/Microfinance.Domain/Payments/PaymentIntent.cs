using Microfinance.Domain.Common;

namespace Microfinance.Domain.Payments;

/// <summary>
/// Money a payer is asked to send from their mobile wallet for one purpose. Its id is the reference the provider echoes
/// back. It leaves <see cref="PaymentStatus.Pending"/> once: on the provider's confirmation (webhook or status query),
/// by expiry, or — when what arrived does not match — to <see cref="PaymentStatus.Flagged"/> for a supervisor.
/// </summary>
public sealed class PaymentIntent : Entity, ITenantOwned
{
    private readonly List<PaymentEvent> _events = [];

    private PaymentIntent() { }

    public PaymentIntent(Guid institutionId, Guid? branchId, PaymentPurpose purpose, Guid targetId, Guid clientId, decimal amount, string currency,
        string payerPhone, Guid providerId, Guid createdBy, DateTimeOffset createdAt)
    {
        if (amount <= 0) throw new DomainException("invalid_amount", "The amount must be positive.");
        InstitutionId = institutionId;
        BranchId = branchId;
        Purpose = purpose;
        TargetId = targetId;
        ClientId = clientId;
        Amount = amount;
        Currency = currency;
        PayerPhone = payerPhone;
        ProviderId = providerId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Record(PaymentEventKind.Created, createdAt, null, createdBy);
    }

    public Guid InstitutionId { get; private set; }
    public Guid? BranchId { get; private set; }
    public PaymentPurpose Purpose { get; private set; }
    /// <summary>The deposit account (deposit, opening fee) or the loan (repayment) the money is for.</summary>
    public Guid TargetId { get; private set; }
    public Guid ClientId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string PayerPhone { get; private set; } = "";
    public Guid ProviderId { get; private set; }
    /// <summary>The provider's own id for the request, when it gives one when the payment is started.</summary>
    public string? ProviderReference { get; private set; }
    /// <summary>What the payer must do, in French: a USSD prompt to accept, or a page to open.</summary>
    public string? PayerInstructions { get; private set; }
    public string? CheckoutUrl { get; private set; }
    public PaymentStatus Status { get; private set; } = PaymentStatus.Pending;
    /// <summary>The provider's transaction that settled (or flagged, or failed) the intent: a repeated delivery of it changes nothing.</summary>
    public string? ProviderTransactionId { get; private set; }
    public decimal? ReceivedAmount { get; private set; }
    public string? ReceivedCurrency { get; private set; }
    /// <summary>Why it was flagged, as a stable code: <c>amount_mismatch</c>, <c>currency_mismatch</c>, or the code of the refused posting.</summary>
    public string? FlagReason { get; private set; }
    /// <summary>The movement the payment posted: the account transaction, or the loan repayment.</summary>
    public Guid? PostedOperationId { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public string? ResolutionReason { get; private set; }

    public IReadOnlyList<PaymentEvent> Events => _events;

    public bool IsPending => Status == PaymentStatus.Pending;

    public void RecordInstructions(string? providerReference, string payerInstructions, string? checkoutUrl)
    {
        ProviderReference = providerReference;
        PayerInstructions = payerInstructions;
        CheckoutUrl = checkoutUrl;
    }

    /// <summary>
    /// Takes a confirmation the provider vouched for. True when it is to be posted now; false when it flagged the intent
    /// (what arrived differs from what was asked). Only a pending intent takes one.
    /// </summary>
    public bool Confirm(string providerTransactionId, decimal amount, string currency, DateTimeOffset at)
    {
        RequirePending();
        ProviderTransactionId = providerTransactionId;
        ReceivedAmount = amount;
        ReceivedCurrency = currency;
        Record(PaymentEventKind.Verified, at, providerTransactionId, null);
        return MismatchWith(amount, currency) is not { } mismatch || Flag(mismatch, at);
    }

    /// <summary>Why a confirmation of <paramref name="amount"/> in <paramref name="currency"/> would be flagged; null when it matches.</summary>
    public string? MismatchWith(decimal amount, string currency) =>
        currency != Currency ? "currency_mismatch" : amount != Amount ? "amount_mismatch" : null;

    /// <summary>The target operation was posted, in the same transaction as this change.</summary>
    public void MarkPosted(Guid operationId, DateTimeOffset at, Guid? actor = null)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Flagged))
            throw new DomainException("payment_not_open", "This payment is {0}; nothing more can be posted for it.", Status);
        Status = PaymentStatus.Succeeded;
        PostedOperationId = operationId;
        SettledAt = at;
        Record(PaymentEventKind.Posted, at, null, actor);
    }

    /// <summary>The posting was refused by a business rule (the account closed meanwhile): the money is not lost, a supervisor decides.</summary>
    public void FlagPostingRefused(string code, DateTimeOffset at) => Flag(code, at);

    public void Fail(string providerTransactionId, string? reason, DateTimeOffset at)
    {
        RequirePending();
        ProviderTransactionId = providerTransactionId;
        Status = PaymentStatus.Failed;
        SettledAt = at;
        Record(PaymentEventKind.Failed, at, reason, null);
    }

    public void Expire(DateTimeOffset at)
    {
        RequirePending();
        Status = PaymentStatus.Expired;
        SettledAt = at;
        Record(PaymentEventKind.Expired, at, null, null);
    }

    public void RecordDelivery(string providerTransactionId, DateTimeOffset at) =>
        Record(PaymentEventKind.DeliveryReceived, at, providerTransactionId, null);

    /// <summary>A supervisor settles a flagged payment: with <see cref="PaymentResolution.Post"/> the caller posts it then calls <see cref="MarkPosted"/>.</summary>
    public void Resolve(PaymentResolution resolution, string reason, Guid supervisor, DateTimeOffset at)
    {
        if (Status != PaymentStatus.Flagged)
            throw new DomainException("payment_not_flagged", "Only a flagged payment can be resolved (this one is {0}).", Status);
        ResolvedBy = supervisor;
        ResolutionReason = reason;
        Record(PaymentEventKind.Resolved, at, $"{resolution}: {reason}", supervisor);
        if (resolution == PaymentResolution.Refunded)
        {
            Status = PaymentStatus.Refunded;
            SettledAt = at;
        }
    }

    private bool Flag(string code, DateTimeOffset at)
    {
        Status = PaymentStatus.Flagged;
        FlagReason = code;
        SettledAt = at;
        Record(PaymentEventKind.Flagged, at, code, null);
        return false;
    }

    private void RequirePending()
    {
        if (!IsPending)
            throw new DomainException("payment_not_pending", "This payment is already {0}.", Status);
    }

    /// <summary>
    /// Events recorded together often share one instant; each is stamped at least a microsecond (what PostgreSQL keeps)
    /// after the previous one, so the history reads in the order things happened.
    /// </summary>
    private void Record(PaymentEventKind kind, DateTimeOffset at, string? detail, Guid? actor)
    {
        _lastEventAt = at > _lastEventAt ? at : _lastEventAt.AddTicks(TimeSpan.TicksPerMicrosecond);
        _events.Add(new PaymentEvent(Id, kind, _lastEventAt, detail, actor));
    }

    private DateTimeOffset _lastEventAt;
}
