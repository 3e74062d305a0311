namespace Microfinance.Application.Anomalies.Commands.DetectAnomalies;

/// <summary>A detection's outcome: the business day it ran for and, per rule run, what it saw.</summary>
public sealed record AnomalyDetectionResultDto(DateOnly Date, IReadOnlyList<AnomalyRuleCountsDto> Rules);
