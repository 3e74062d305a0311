namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

/// <summary>The selected findings whose situation falls in the week starting <see cref="WeekStart"/> (a Monday), by severity.</summary>
public sealed record AnomalyWeekDto(DateOnly WeekStart, int High, int Medium, int Low, int Total);
