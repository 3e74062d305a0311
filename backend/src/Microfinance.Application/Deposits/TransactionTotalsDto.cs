namespace Microfinance.Application.Deposits;

/// <summary>What a filtered set of movements adds up to: money in (credits) and out (debits) of the accounts.</summary>
public sealed record TransactionTotalsDto(decimal Credits, decimal Debits);
