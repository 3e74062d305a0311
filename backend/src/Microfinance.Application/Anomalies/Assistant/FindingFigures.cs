using System.Globalization;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// A finding's figures read by name (they are invariant text: <c>Infrastructure/Anomalies/AnomalyFigures</c>). A figure
/// a rule does not carry, or carries in another shape, reads as null: the sentence that needs it is left out.
/// </summary>
public sealed class FindingFigures(IReadOnlyDictionary<string, string> figures)
{
    public IReadOnlyDictionary<string, string> All => figures;

    public decimal? Number(string name) =>
        figures.TryGetValue(name, out var v) && decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public DateOnly? Day(string name) =>
        figures.TryGetValue(name, out var v) && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : Instant(name) is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;

    public DateTimeOffset? Instant(string name) =>
        figures.TryGetValue(name, out var v) && v.Contains('T')
        && DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    public string? Text(string name) => figures.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
}
