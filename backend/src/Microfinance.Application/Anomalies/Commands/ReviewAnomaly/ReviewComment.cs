namespace Microfinance.Application.Anomalies.Commands.ReviewAnomaly;

/// <summary>The body of a review step: why.</summary>
public sealed record ReviewComment(string Comment);
