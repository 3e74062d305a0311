using FluentValidation.Results;

namespace Microfinance.Application.Common.Exceptions;

/// <summary>Input that fails validation: 400 with every failure, grouped by camelCase field name.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more validation errors occurred.")
    {
        Errors = failures
            .GroupBy(f => ToCamelCasePath(f.PropertyName), f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string field, string message)
        : this([new ValidationFailure(field, message)]) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string ToCamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

/// <summary>Nothing with this id exists in the caller's institution: 404.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.");

/// <summary>The caller's role may not do this: 403.</summary>
public sealed class ForbiddenAccessException(string message = "You are not allowed to perform this action.")
    : Exception(message);

/// <summary>No valid credentials: 401.</summary>
public sealed class UnauthorizedException(string message = "Authentication is required.") : Exception(message);

/// <summary>The request clashes with the current state (a taken code, a duplicate): 409.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Too many attempts: 429 with a Retry-After.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : Exception("Too many attempts. Try again later.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
