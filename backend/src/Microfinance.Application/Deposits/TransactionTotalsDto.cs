namespace Microfinance.Application.Deposits;

/// <summary>What a filtered set of movements adds up to: money received from clients or put on their accounts (credits), money paid out or taken from their accounts (debits).</summary>
public sealed record TransactionTotalsDto(decimal Credits, decimal Debits);
