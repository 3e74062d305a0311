namespace Microfinance.Application.Common.Exceptions;

/// <summary>Nothing with this id exists in the caller's institution: 404.</summary>
public sealed class NotFoundException(string entity, object key) : Exception($"{entity} '{key}' was not found.")
{
    public const string Template = "{0} '{1}' was not found.";

    public IReadOnlyList<object?> Arguments { get; } = [entity, key];
}
