namespace Microfinance.Application.Deposits;

/// <summary>A withdrawal's outcome: posted at once, or waiting for a supervisor (above the product's threshold).</summary>
public sealed record WithdrawalOutcome(TransactionDto? Transaction, WithdrawalRequestDto? PendingApproval);
