namespace Microfinance.Application.Deposits.Commands.PostSavingsInterest;

/// <summary>Configuration section "Jobs:SavingsInterest".</summary>
public sealed class SavingsInterestOptions
{
    public const string Section = "Jobs:SavingsInterest";

    /// <summary>Accounts per transaction: big enough to amortise the round trips, small enough to hold few locks briefly.</summary>
    public int BatchSize { get; set; } = 500;
}
