namespace Microfinance.Application.Deposits.Commands.PostSavingsInterestBatch;

public sealed record SavingsInterestBatch(int AccountsCredited, int AccountsWithoutInterest, decimal TotalInterest);
