using System.Globalization;

namespace Microfinance.Infrastructure.Anomalies;

/// <summary>A finding's figures as the API carries them: invariant text (amounts and rates without trailing zeros, days as yyyy-MM-dd), for the SPA to format.</summary>
internal static class AnomalyFigures
{
    public static Dictionary<string, string> Of(params (string Name, object Value)[] figures) =>
        figures.ToDictionary(f => f.Name, f => Text(f.Value), StringComparer.Ordinal);

    private static string Text(object value) => value switch
    {
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
