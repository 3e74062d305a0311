using System.Globalization;

namespace Microfinance.Application.Common.Models;

/// <summary>A month as the API writes it, yyyy-MM (the savings interest's month, the assistant's summary).</summary>
public static class Months
{
    /// <summary>The first day of a month written yyyy-MM.</summary>
    public static bool TryParse(string? month, out DateOnly firstDay) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay) && month!.Length == 7;
}
