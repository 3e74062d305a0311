using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>What a rule's search knows: the institution in scope, its business day and time zone, and the rule's parameters.</summary>
public sealed record AnomalyDetectionContext(
    Guid InstitutionId, AnomalyRule Rule, AnomalySettings Settings, DateOnly Today, DateTimeOffset Now, string TimeZone)
{
    public decimal Parameter(string name) => Settings.Parameter(Rule, name);

    /// <summary>A whole-number parameter (days, counts, hours).</summary>
    public int Whole(string name) => (int)decimal.Truncate(Parameter(name));
}
