namespace Microfinance.Application.Common.Exceptions;

/// <summary>The request clashes with the current state (a taken code, a duplicate): 409.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
