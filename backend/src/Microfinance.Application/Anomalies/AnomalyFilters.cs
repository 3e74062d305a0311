using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The findings an <see cref="IAnomalyFilter"/> selects (its filters are cumulative).</summary>
public static class AnomalyFilters
{
    public static IQueryable<Anomaly> Filtered(this IQueryable<Anomaly> anomalies, IAnomalyFilter q)
    {
        if (q.Rule is { } rule) anomalies = anomalies.Where(a => a.Rule == rule);
        if (q.Severity is { } severity) anomalies = anomalies.Where(a => a.Severity == severity);
        if (q.Status is { } status) anomalies = anomalies.Where(a => a.Status == status);
        if (q.BranchId is { } branch) anomalies = anomalies.Where(a => a.BranchId == branch);
        if (q.AgentId is { } agent) anomalies = anomalies.Where(a => a.AgentId == agent);
        if (q.ClientId is { } client) anomalies = anomalies.Where(a => a.ClientId == client);
        if (q.From is { } from) anomalies = anomalies.Where(a => a.OccurredOn >= from);
        if (q.To is { } to) anomalies = anomalies.Where(a => a.OccurredOn <= to);
        return anomalies;
    }
}
