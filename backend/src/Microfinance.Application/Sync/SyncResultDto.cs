namespace Microfinance.Application.Sync;

/// <summary>
/// One operation's outcome, in the batch's order. <see cref="Receipt"/> is exactly the single endpoint's answer
/// (TransactionDto, LoanRepaymentDto, ContributionReceiptDto or ClientDto); <see cref="Problem"/> why it was refused.
/// </summary>
public sealed record SyncResultDto(string Key, SyncOperationStatus Status, bool Replayed, DateOnly? ValueDate, object? Receipt, SyncProblem? Problem);
