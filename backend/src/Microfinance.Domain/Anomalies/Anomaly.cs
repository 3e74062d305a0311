using Microfinance.Domain.Common;

namespace Microfinance.Domain.Anomalies;

/// <summary>
/// A finding of a detection rule in one institution, reviewed by its auditors: <c>Open</c> → <c>Acknowledged</c> →
/// <c>Explained</c> | <c>Dismissed</c>, each step with a comment. One per situation (rule and key): detection finds it
/// again rather than reporting it twice, updating its figures; a closed finding (explained or dismissed) stays closed
/// unless its magnitude grows, when it opens again with a note saying so.
/// </summary>
public sealed class Anomaly : Entity, ITenantOwned
{
    private Anomaly() { }

    public Anomaly(Guid institutionId, AnomalyEvidence evidence, DateTimeOffset detectedAt)
    {
        if (!AnomalyRule.IsKnown(evidence.Rule)) throw new ArgumentException($"Unknown rule {evidence.Rule}.", nameof(evidence));
        InstitutionId = institutionId;
        Rule = evidence.Rule;
        Key = evidence.Key;
        FirstDetectedAt = detectedAt;
        LastDetectedAt = detectedAt;
        DetectionCount = 1;
        Take(evidence);
    }

    public Guid InstitutionId { get; private set; }
    public string Rule { get; private set; } = "";
    /// <summary>The situation within the rule: unique with the rule in an institution.</summary>
    public string Key { get; private set; } = "";
    public AnomalySeverity Severity { get; private set; }
    public AnomalyStatus Status { get; private set; }
    public decimal Magnitude { get; private set; }
    public Dictionary<string, string> Figures { get; private set; } = [];
    public List<AnomalySubject> Subjects { get; private set; } = [];
    public DateOnly OccurredOn { get; private set; }
    public Guid? BranchId { get; private set; }
    public Guid? AgentId { get; private set; }
    public Guid? ClientId { get; private set; }
    public DateTimeOffset FirstDetectedAt { get; private set; }
    public DateTimeOffset LastDetectedAt { get; private set; }
    public int DetectionCount { get; private set; }
    public List<AnomalyComment> Comments { get; private set; } = [];
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }

    public bool IsClosed => Status is AnomalyStatus.Explained or AnomalyStatus.Dismissed;

    /// <summary>
    /// The same situation found again. An open or acknowledged finding takes today's figures when they changed; a closed
    /// one stays closed (and keeps the figures it was closed on) unless the situation got worse, when it opens again.
    /// When it was seen (<see cref="LastDetectedAt"/>, <see cref="DetectionCount"/>) is the detection's bookkeeping, written
    /// for all the findings seen again at once (DetectAnomaliesCommandHandler), not here.
    /// </summary>
    public AnomalyRedetection FoundAgain(AnomalyEvidence evidence, DateTimeOffset at)
    {
        if (evidence.Rule != Rule || evidence.Key != Key) throw new ArgumentException("Another situation.", nameof(evidence));
        if (IsClosed)
        {
            if (evidence.Magnitude <= Magnitude) return AnomalyRedetection.Unchanged;
            // The detection's own note: the magnitudes before and after say how much worse (the SPA words it).
            Comments.Add(new AnomalyComment(at, null, AnomalyStatus.Open, MessageTemplate.Invariant("{0:0.####} → {1:0.####}", [Magnitude, evidence.Magnitude])));
            Status = AnomalyStatus.Open;
            Take(evidence);
            return AnomalyRedetection.Reopened;
        }
        if (SameFigures(evidence)) return AnomalyRedetection.Unchanged;
        Take(evidence);
        return AnomalyRedetection.Updated;
    }

    public void Acknowledge(Guid by, string comment, DateTimeOffset at)
    {
        if (Status != AnomalyStatus.Open)
            throw new DomainException("anomaly_not_open", "Only an open finding can be acknowledged.");
        Review(AnomalyStatus.Acknowledged, by, comment, at);
    }

    /// <summary>Closed with the reason the situation is legitimate or was dealt with; from open or acknowledged.</summary>
    public void Explain(Guid by, string comment, DateTimeOffset at)
    {
        if (IsClosed) throw new DomainException("anomaly_closed", "This finding is already closed.");
        Review(AnomalyStatus.Explained, by, comment, at);
    }

    /// <summary>Closed as not an irregularity (a false alarm); from open or acknowledged.</summary>
    public void Dismiss(Guid by, string comment, DateTimeOffset at)
    {
        if (IsClosed) throw new DomainException("anomaly_closed", "This finding is already closed.");
        Review(AnomalyStatus.Dismissed, by, comment, at);
    }

    private void Review(AnomalyStatus status, Guid by, string comment, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("comment_required", "Say why, in a comment.");
        Status = status;
        ReviewedAt = at;
        ReviewedBy = by;
        Comments.Add(new AnomalyComment(at, by, status, comment.Trim()));
    }

    private bool SameFigures(AnomalyEvidence e) =>
        Severity == e.Severity && Magnitude == e.Magnitude && OccurredOn == e.OccurredOn
        && Figures.Count == e.Figures.Count && Figures.All(f => e.Figures.TryGetValue(f.Key, out var value) && value == f.Value)
        && Subjects.SequenceEqual(e.Subjects) && (BranchId, AgentId, ClientId) == (e.BranchId, e.AgentId, e.ClientId);

    private void Take(AnomalyEvidence e)
    {
        Severity = e.Severity;
        Magnitude = e.Magnitude;
        Figures = new Dictionary<string, string>(e.Figures, StringComparer.Ordinal);
        Subjects = [.. e.Subjects];
        OccurredOn = e.OccurredOn;
        (BranchId, AgentId, ClientId) = (e.BranchId, e.AgentId, e.ClientId);
    }
}
