namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// A webhook the sandbox provider owes us, written in the transaction that created the intent (so it never announces an
/// intent that was rolled back) and sent by <see cref="SandboxDispatcher"/>, with retries, over real HTTP.
/// </summary>
public sealed class SandboxDelivery : Identity.INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PaymentIntentId { get; set; }
    public string Provider { get; set; } = "";
    /// <summary>The JSON body exactly as it is signed and sent.</summary>
    public string Body { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>Set when the last try failed: the sandbox, like KKiaPay, stops after <see cref="SandboxOptions.MaxAttempts"/>.</summary>
    public DateTimeOffset? AbandonedAt { get; set; }
}
