namespace Microfinance.Infrastructure.Data;

/// <summary>The first answer to a request sent with an Idempotency-Key, kept to be replayed (ADR 0009).</summary>
public sealed class IdempotencyRecord : Identity.INotAudited
{
    public Guid InstitutionId { get; set; }
    public string Key { get; set; } = "";
    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";
    /// <summary>The handler's response as JSON; the endpoint turns it into the same status, body and Location again.</summary>
    public string ResponseBody { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
