namespace Microfinance.Application.Sync;

/// <summary>Why an operation was refused: the problem details the single endpoint would have answered (RFC 9457).</summary>
public sealed record SyncProblem(string? Type, string? Title, int Status, string? Detail, string Code, IDictionary<string, string[]>? Errors);
