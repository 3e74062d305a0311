namespace Microfinance.Application.Payments;

/// <summary>What became of a delivery. <see cref="Rejected"/> is answered 401; everything else 200, so the provider stops retrying.</summary>
public enum WebhookReceipt
{
    Rejected,
    Posted,
    Failed,
    Flagged,
    Duplicate,
    Orphan,
    Ignored,
}
