using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// The savings interest rule (docs/savings-interest.md): a month earns the product's annual rate on the month's
/// minimum end-of-day balance, for the month's actual days over a 365-day year, rounded half away from zero to the
/// currency's minor unit.
/// </summary>
public static class SavingsInterest
{
    public const int DaysPerYear = 365;

    /// <summary>
    /// The lowest end-of-day balance of the month starting on <paramref name="monthStart"/>: <paramref name="opening"/> is the
    /// balance when the month begins, <paramref name="monthMovements"/> the month's movements in sequence order (value
    /// dates never go back on an account). A day without a movement ends at the day before's balance, so the opening
    /// balance counts unless the first day moved.
    /// </summary>
    public static decimal MinimumDailyBalance(decimal opening, DateOnly monthStart, IEnumerable<(DateOnly ValueDate, decimal BalanceAfter)> monthMovements)
    {
        var endOfDay = monthMovements.GroupBy(m => m.ValueDate).Select(day => (Day: day.Key, Balance: day.Last().BalanceAfter)).ToList();
        var balances = endOfDay.Select(d => d.Balance);
        if (endOfDay.Count == 0 || endOfDay[0].Day > monthStart) balances = balances.Prepend(opening);
        return balances.Min();
    }

    /// <summary>The interest a month of <paramref name="days"/> days earns on <paramref name="minimumBalance"/>; zero when there is nothing to earn on.</summary>
    public static decimal Amount(decimal minimumBalance, decimal annualRatePercent, int days, string currency) =>
        minimumBalance <= 0 || annualRatePercent <= 0
            ? 0
            : Currencies.Round(minimumBalance * annualRatePercent / 100m * days / DaysPerYear, currency);
}
