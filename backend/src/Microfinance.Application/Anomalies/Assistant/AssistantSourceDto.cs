namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// A set of figures an answer was written from: <see cref="Name"/> says where they come from (<c>anomaly</c>,
/// <c>movements</c>, <c>tontine_contributions</c>, <c>portfolio_snapshots</c>, <c>loan_arrears</c>, <c>anomalies</c>),
/// <see cref="Month"/> which month (yyyy-MM) when it is a month's, <see cref="Description"/> what they are in words, and
/// the figures themselves (name → invariant text).
/// </summary>
public sealed record AssistantSourceDto(string Name, string? Month, string Description, IReadOnlyDictionary<string, string> Figures);
