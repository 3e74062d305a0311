namespace Microfinance.Application.Common.Exceptions;

/// <summary>Nothing with this id exists in the caller's institution: 404.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.");
