using Microfinance.Domain.Common;

namespace Microfinance.Application.Common.Exceptions;

/// <summary>The request clashes with the current state (a taken code, a duplicate): 409. The message is a template, as a DomainException's.</summary>
public sealed class ConflictException(string code, string message, params object?[] arguments)
    : Exception(MessageTemplate.Invariant(message, arguments))
{
    public string Code { get; } = code;
    public string Template { get; } = message;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
