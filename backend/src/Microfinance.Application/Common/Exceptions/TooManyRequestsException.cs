using Microfinance.Domain.Common;

namespace Microfinance.Application.Common.Exceptions;

/// <summary>Too many attempts: 429 with a Retry-After. The message is a template, as a DomainException's.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter, string code = "too_many_requests",
    string message = "Too many attempts. Try again later.", params object?[] arguments)
    : Exception(MessageTemplate.Invariant(message, arguments))
{
    public TimeSpan RetryAfter { get; } = retryAfter;
    public string Code { get; } = code;
    public string Template { get; } = message;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
