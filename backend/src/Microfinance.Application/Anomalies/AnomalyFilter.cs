using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The list's filters on their own (an export carries them without the list's paging).</summary>
public sealed record AnomalyFilter(
    string? Rule = null, AnomalySeverity? Severity = null, AnomalyStatus? Status = null, Guid? BranchId = null, Guid? AgentId = null,
    Guid? ClientId = null, DateOnly? From = null, DateOnly? To = null) : IAnomalyFilter;
