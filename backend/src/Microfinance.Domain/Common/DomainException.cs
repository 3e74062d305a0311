namespace Microfinance.Domain.Common;

/// <summary>
/// A business rule refused an operation (an illegal state transition, an invariant that would break). The message is a
/// composite-format template in English with its arguments: the API shows it in the reader's language (the template is
/// the key of its translations, docs/adr/0016).
/// </summary>
public class DomainException(string code, string message, params object?[] arguments)
    : Exception(MessageTemplate.Invariant(message, arguments))
{
    /// <summary>Stable, machine-readable reason (snake_case), surfaced as the problem detail's <c>code</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The message as written, before its arguments are put in.</summary>
    public string Template { get; } = message;

    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
