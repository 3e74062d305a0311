namespace Microfinance.Application.Deposits.Commands.PostSavingsInterest;

/// <param name="AccountsCredited">Accounts this run credited.</param>
/// <param name="AccountsWithoutInterest">Accounts this run settled with nothing to credit (no balance all month, or less than a minor unit).</param>
/// <param name="TotalInterest">What this run credited, in all.</param>
/// <param name="AlreadyPosted">Accounts whose month an earlier or concurrent run had settled: this run left them alone.</param>
public sealed record SavingsInterestResult(string Month, int AccountsCredited, int AccountsWithoutInterest, decimal TotalInterest, int AlreadyPosted);
