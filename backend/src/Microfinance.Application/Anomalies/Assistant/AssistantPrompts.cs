namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>Months' figures as a model receives them: flat, each name prefixed with its month (<c>2026-11.deposits.amount</c>).</summary>
public static class AssistantPrompts
{
    public static IReadOnlyDictionary<string, string> Figures(MonthlyFigures m, MonthlyFigures previous, AssistantText t) =>
        new[] { m, previous }.SelectMany(month => month.Sources(t).SelectMany(s => s.Figures.Select(f => (Name: $"{month.Label}.{f.Key}", f.Value))))
            .ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
