namespace Microfinance.Domain.Anomalies;

public enum AnomalySeverity
{
    Low,
    Medium,
    High,
}

/// <summary>A finding's review: <c>Open</c> → <c>Acknowledged</c> → <c>Explained</c> | <c>Dismissed</c> (the last two close it).</summary>
public enum AnomalyStatus
{
    Open,
    Acknowledged,
    Explained,
    Dismissed,
}
