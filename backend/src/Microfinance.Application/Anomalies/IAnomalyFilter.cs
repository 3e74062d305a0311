using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The findings' filters, shared by the list, its statistics and its export; the period is the situation's business day.</summary>
public interface IAnomalyFilter
{
    string? Rule { get; }
    AnomalySeverity? Severity { get; }
    AnomalyStatus? Status { get; }
    Guid? BranchId { get; }
    Guid? AgentId { get; }
    Guid? ClientId { get; }
    DateOnly? From { get; }
    DateOnly? To { get; }
}
