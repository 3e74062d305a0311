namespace Microfinance.Domain.Anomalies;

/// <summary>
/// What a rule found in one situation: its stable <paramref name="Key"/> within the rule (the same situation found again
/// has the same key), the <paramref name="Figures"/> that triggered it (name → value as text, e.g. <c>daysLate</c> →
/// <c>45</c>), and its <paramref name="Magnitude"/>, one number that grows when the situation gets worse (days late ×
/// amount, a count, a rate): a dismissed finding is opened again only when it grows. <paramref name="OccurredOn"/> is
/// the business day of the situation (the last operation, the due date), for the period filters.
/// </summary>
public sealed record AnomalyEvidence(
    string Rule, string Key, AnomalySeverity Severity, decimal Magnitude, IReadOnlyDictionary<string, string> Figures,
    IReadOnlyList<AnomalySubject> Subjects, DateOnly OccurredOn, Guid? BranchId = null, Guid? AgentId = null, Guid? ClientId = null)
{
    public const int MaxKeyLength = 200;
}
