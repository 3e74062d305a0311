namespace Microfinance.Application.Common.Exceptions;

/// <summary>The caller's role may not do this: 403.</summary>
public sealed class ForbiddenAccessException(string message = "You are not allowed to perform this action.")
    : Exception(message);
