namespace Microfinance.Application.Loans.Commands.EndOfDay;

/// <summary>Configuration section "Jobs:EndOfDay".</summary>
public sealed class EndOfDayOptions
{
    public const string Section = "Jobs:EndOfDay";

    /// <summary>Late loans per transaction: big enough to amortise the round trips, small enough to hold few locks briefly.</summary>
    public int BatchSize { get; set; } = 500;
}
