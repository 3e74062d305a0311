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

    /// <summary>One field's failure; <paramref name="message"/> is a template shown in the reader's language (<see cref="Localizer"/>).</summary>
    public ValidationException(string field, string message, params object?[] arguments)
        : this([new ValidationFailure(field, Localizer.Format(message, arguments))]) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string ToCamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
