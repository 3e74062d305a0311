namespace Microfinance.Domain.Accounting;

/// <summary>An unmatched statement line as the matcher sees it (amount signed, positive = money in).</summary>
public sealed record BankMatchSubject(Guid StatementLineId, DateOnly Date, decimal Amount, string? Reference);
