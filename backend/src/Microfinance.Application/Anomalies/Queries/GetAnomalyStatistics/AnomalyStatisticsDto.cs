namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

/// <summary>
/// The selected findings counted per rule (every rule, in detection order, zeros included) and per week (Monday to
/// Sunday, of the situation's business day; the <see cref="GetAnomalyStatisticsQueryHandler.MaxWeeks"/> latest weeks that have findings, with the empty ones between).
/// </summary>
public sealed record AnomalyStatisticsDto(IReadOnlyList<AnomalyRuleStatisticsDto> Rules, IReadOnlyList<AnomalyWeekDto> Trend);
