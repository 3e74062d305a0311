namespace Microfinance.Application.Common.Exceptions;

/// <summary>Too many attempts: 429 with a Retry-After.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : Exception("Too many attempts. Try again later.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
