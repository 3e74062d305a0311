namespace Microfinance.Domain.Common;

/// <summary>A business rule refused an operation (an illegal state transition, an invariant that would break).</summary>
public class DomainException(string code, string message) : Exception(message)
{
    /// <summary>Stable, machine-readable reason (snake_case), surfaced as the problem detail's <c>code</c>.</summary>
    public string Code { get; } = code;
}
