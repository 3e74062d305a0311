namespace Microfinance.Application.Deposits.Commands.PostSavingsInterestBatch;

/// <summary>
/// One batch of a month's savings interest (<see cref="Month"/> is its first day), in one transaction: the accounts are
/// locked, those the month already settled are left alone, the others are credited their interest and settled.
/// Accounts that do not earn interest (not active, not a savings product with a rate) are skipped.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Accountant)]
public sealed record PostSavingsInterestBatchCommand(DateOnly Month, IReadOnlyList<Guid> AccountIds) : ICommand<SavingsInterestBatch>;
