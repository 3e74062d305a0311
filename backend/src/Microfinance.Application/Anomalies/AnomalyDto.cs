using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

public sealed class AnomalyDto
{
    public Guid Id { get; init; }
    /// <summary>The rule's stable code (<c>late_repayment</c>, <c>unusual_amount</c>…).</summary>
    public string Rule { get; init; } = "";
    public AnomalySeverity Severity { get; init; }
    public AnomalyStatus Status { get; init; }
    /// <summary>How bad it is, in one number that grows when it gets worse (the rule says what it measures).</summary>
    public decimal Magnitude { get; init; }
    /// <summary>The figures that triggered it, name → value as text (amounts in the institution's currency, rates in percent).</summary>
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();
    /// <summary>The objects it concerns, for links.</summary>
    public IReadOnlyList<AnomalySubject> Subjects { get; init; } = [];
    /// <summary>The business day of the situation (its last operation, the due date…).</summary>
    public DateOnly OccurredOn { get; init; }
    public Guid? BranchId { get; init; }
    public string? BranchName { get; init; }
    /// <summary>The staff member concerned (who recorded the operations, held the drawer…).</summary>
    public Guid? AgentId { get; init; }
    public string? AgentName { get; init; }
    public Guid? ClientId { get; init; }
    public string? ClientName { get; init; }
    public DateTimeOffset FirstDetectedAt { get; init; }
    public DateTimeOffset LastDetectedAt { get; init; }
    public int DetectionCount { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public Guid? ReviewedBy { get; init; }
    public string? ReviewedByName { get; init; }
    public IReadOnlyList<AnomalyCommentDto> Comments { get; init; } = [];
}
