using System.Globalization;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// How the assistant writes for one reader: in the request's UI culture (French unless the caller asks for English,
/// docs/adr/0016), amounts with the institution's currency, rates in percent, days in the local order. Sentences are
/// English templates translated through <c>fr.json</c>, like every other message; instants in the institution's time zone.
/// </summary>
public sealed class AssistantText(CultureInfo culture, string currencyCode, TimeZoneInfo timeZone)
{
    public string Language => culture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";

    public string T(string template, params object?[] arguments) => Localizer.Format(template, arguments, culture);

    public string Money(decimal amount) =>
        $"{amount.ToString("#,0.##", culture)}\u00A0{(currencyCode is "XOF" or "XAF" ? "FCFA" : currencyCode)}";

    public string Percent(decimal rate) => Language == "fr" ? $"{rate.ToString("0.##", culture)}\u00A0%" : $"{rate.ToString("0.##", culture)}%";

    /// <summary>Items joined by semicolons, with French typography's no-break space before each.</summary>
    public string Semicolons(IEnumerable<string> items) => string.Join(Language == "fr" ? "\u00A0; " : "; ", items);

    public string Number(decimal value) => value.ToString("#,0.##", culture);

    public string Day(DateOnly day) => day.ToString("d", culture);

    /// <summary>An instant as the institution's clock showed it: its day and its time.</summary>
    public (string Day, string Time) Local(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, timeZone);
        return (Day(DateOnly.FromDateTime(local.DateTime)), local.ToString("HH:mm", culture));
    }

    public string Month(DateOnly firstDay) => firstDay.ToString("MMMM yyyy", culture);
}
