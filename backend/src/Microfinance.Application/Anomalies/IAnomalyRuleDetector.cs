using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>
/// One rule's search over the institution's data (Infrastructure/Anomalies/Rules: one class per rule, SQL that
/// aggregates in the database, so a million movements are read there, not here). It returns every situation the rule
/// sees today; <see cref="Commands.DetectAnomalies.DetectAnomaliesCommandHandler"/> decides what is new.
/// </summary>
public interface IAnomalyRuleDetector
{
    /// <summary>The <see cref="AnomalyRule"/> code it detects.</summary>
    string Rule { get; }

    Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken);
}
