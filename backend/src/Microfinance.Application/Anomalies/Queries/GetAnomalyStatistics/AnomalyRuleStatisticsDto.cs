namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

/// <summary>One rule's selected findings by status.</summary>
public sealed record AnomalyRuleStatisticsDto(string Rule, int Open, int Acknowledged, int Explained, int Dismissed, int Total);
