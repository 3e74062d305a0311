using System.Globalization;

namespace Microfinance.Application.Accounting;

/// <summary>A period as the routes name it, <c>yyyy-MM</c>.</summary>
public static class AccountingPeriodMonth
{
    public static IRuleBuilderOptions<T, string> Apply<T>(IRuleBuilder<T, string> rule) =>
        rule.Must(m => TryParse(m, out _)).WithLocalizedMessage("Name the month as yyyy-MM, e.g. 2026-10.");

    public static DateOnly Parse(string month) =>
        TryParse(month, out var first) ? first : throw new ArgumentException("Not a yyyy-MM month.", nameof(month));

    private static bool TryParse(string? month, out DateOnly first) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first) && first.Year >= 2000;
}
