namespace Microfinance.Domain.Anomalies;

/// <summary>A step of a finding's review, or a note of the detection (<paramref name="By"/> null): who, when, to what status, why.</summary>
public sealed record AnomalyComment(DateTimeOffset At, Guid? By, AnomalyStatus Status, string Text)
{
    public const int MaxLength = 2000;
}
