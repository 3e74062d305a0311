namespace Microfinance.Application.Anomalies.Commands.DetectAnomalies;

/// <summary>
/// One rule's run: the situations it <see cref="Found"/>, of which <see cref="New"/> were not known before and
/// <see cref="Reopened"/> were closed findings that got worse; the others were known and stay as they are.
/// </summary>
public sealed record AnomalyRuleCountsDto(string Rule, int Found, int New, int Reopened);
