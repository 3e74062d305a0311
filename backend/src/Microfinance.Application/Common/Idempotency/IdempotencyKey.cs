namespace Microfinance.Application.Common.Idempotency;

/// <summary>
/// Scoped: the Idempotency-Key the current request came with (set by the API from the header, with a hash of the
/// request), and whether its answer was replayed rather than computed.
/// </summary>
public sealed class IdempotencyKey
{
    /// <summary>What a key may be: 1 to 100 letters, digits, '-', '_', '.' or ':'.</summary>
    public const string Pattern = "^[A-Za-z0-9_.:-]{1,100}$";

    public string? Value { get; private set; }
    public string RequestHash { get; private set; } = "";
    public bool Replayed { get; set; }

    public void Set(string value, string requestHash)
    {
        Value = value;
        RequestHash = requestHash;
    }
}
