namespace Microfinance.Domain.Payments;

/// <summary>What a payment pays for. A new purpose is added here and in <c>PaymentTargets</c>.</summary>
public enum PaymentPurpose
{
    Deposit,
    AccountOpeningFee,
    LoanRepayment,
    /// <summary>A validated tontine adhesion's fee: its payment makes the client a participant.</summary>
    TontineAdhesionFee,
    /// <summary>Days of a participant's tontine booklet, a multiple of their daily amount.</summary>
    TontineContribution,
}

public enum PaymentStatus
{
    Pending,
    Succeeded,
    Failed,
    Expired,
    /// <summary>The provider confirmed something that does not match the intent, or its posting was refused: a supervisor decides.</summary>
    Flagged,
    /// <summary>A flagged payment a supervisor marked as refunded to the payer outside the system.</summary>
    Refunded,
}

public enum PaymentEventKind
{
    Created,
    DeliveryReceived,
    Verified,
    Posted,
    Failed,
    Expired,
    Flagged,
    Resolved,
}

/// <summary>How a provider account talks to us: which adapter signs, verifies and answers status queries.</summary>
public enum PaymentProviderKind
{
    /// <summary>The built-in sandbox: HMAC-signed webhooks (X-Signature), outcome by payer number.</summary>
    Sandbox,
    /// <summary>KKiaPay-shaped: a shared secret header, then the provider's status API confirms the transaction.</summary>
    Kkiapay,
}

/// <summary>What the provider says happened to a transaction.</summary>
public enum ProviderOutcome
{
    Succeeded,
    Failed,
    Pending,
}

/// <summary>How a supervisor settles a flagged payment or an orphan.</summary>
public enum PaymentResolution
{
    /// <summary>Post the money that arrived (to the intent's target, or to a deposit account for an orphan).</summary>
    Post,
    /// <summary>The payer was refunded outside the system: nothing is posted.</summary>
    Refunded,
}

public enum OrphanPaymentStatus
{
    Open,
    Resolved,
}

/// <summary>Why a confirmed payment has no intent to settle.</summary>
public enum OrphanReason
{
    /// <summary>The reference names no intent of the provider account's institution.</summary>
    UnknownIntent,
    /// <summary>A second, different transaction for an intent already settled.</summary>
    IntentAlreadySettled,
}
