namespace Microfinance.Application.Common.Exceptions;

/// <summary>No valid credentials: 401.</summary>
public sealed class UnauthorizedException(string message = "Authentication is required.") : Exception(message);
