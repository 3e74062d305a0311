namespace Microfinance.Domain.Anomalies;

/// <summary>What finding a situation again did to its finding.</summary>
public enum AnomalyRedetection
{
    /// <summary>Nothing to write: the same figures, or closed and no worse.</summary>
    Unchanged,
    /// <summary>Open or acknowledged, with new figures.</summary>
    Updated,
    /// <summary>Closed, and worse: open again.</summary>
    Reopened,
}
