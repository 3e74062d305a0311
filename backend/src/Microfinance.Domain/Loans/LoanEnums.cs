namespace Microfinance.Domain.Loans;

public enum RepaymentFrequency
{
    Monthly,
    BiWeekly,
    Weekly,
    Daily,
}

public enum InterestMethod
{
    /// <summary>Interest on the original principal for the whole term, spread evenly.</summary>
    Flat,
    /// <summary>Interest each period on the principal still outstanding.</summary>
    DecliningBalance,
}

public enum Amortization
{
    EqualInstallments,
    EqualPrincipal,
}

public static class Frequencies
{
    public static int PeriodsPerYear(this RepaymentFrequency frequency) => frequency switch
    {
        RepaymentFrequency.Monthly => 12,
        RepaymentFrequency.BiWeekly => 26,
        RepaymentFrequency.Weekly => 52,
        RepaymentFrequency.Daily => 365,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    /// <summary>Due date of period <paramref name="k"/>: calendar months (clamped to the month's end) or whole days.</summary>
    public static DateOnly DueDate(this RepaymentFrequency frequency, DateOnly start, int k) => frequency switch
    {
        RepaymentFrequency.Monthly => start.AddMonths(k),
        RepaymentFrequency.BiWeekly => start.AddDays(14 * k),
        RepaymentFrequency.Weekly => start.AddDays(7 * k),
        RepaymentFrequency.Daily => start.AddDays(k),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };
}
