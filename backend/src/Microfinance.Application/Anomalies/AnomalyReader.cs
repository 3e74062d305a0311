using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>Findings as the API shows them: with the names of their branch, client and people, read per page (one query per kind, never per finding).</summary>
public sealed class AnomalyReader(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<PagedList<AnomalyDto>> PageAsync(IQueryable<Anomaly> anomalies, int page, int pageSize, CancellationToken ct)
    {
        var total = await anomalies.CountAsync(ct);
        var rows = await anomalies.AsNoTracking()
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.OccurredOn).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<AnomalyDto> { Items = await ToDtosAsync(rows, ct), Page = page, PageSize = pageSize, TotalCount = total };
    }

    public async Task<AnomalyDto> OneAsync(Anomaly anomaly, CancellationToken ct) => (await ToDtosAsync([anomaly], ct))[0];

    private async Task<IReadOnlyList<AnomalyDto>> ToDtosAsync(IReadOnlyList<Anomaly> rows, CancellationToken ct)
    {
        var branchIds = rows.Select(a => a.BranchId).OfType<Guid>().Distinct().ToList();
        var branches = await db.Branches.AsNoTracking().Where(b => branchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var clientIds = rows.Select(a => a.ClientId).OfType<Guid>().Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        var people = await identity.GetDisplayNamesAsync(rows
            .SelectMany(a => a.Comments.Select(c => c.By).Append(a.AgentId).Append(a.ReviewedBy)).OfType<Guid>().Distinct().ToList(), ct);

        return rows.Select(a => new AnomalyDto
        {
            Id = a.Id,
            Rule = a.Rule,
            Severity = a.Severity,
            Status = a.Status,
            Magnitude = a.Magnitude,
            Figures = a.Figures,
            Subjects = a.Subjects,
            OccurredOn = a.OccurredOn,
            BranchId = a.BranchId,
            BranchName = a.BranchId is { } b ? branches.GetValueOrDefault(b) : null,
            AgentId = a.AgentId,
            AgentName = a.AgentId is { } agent ? people.GetValueOrDefault(agent) : null,
            ClientId = a.ClientId,
            ClientName = a.ClientId is { } c ? clients.GetValueOrDefault(c) : null,
            FirstDetectedAt = a.FirstDetectedAt,
            LastDetectedAt = a.LastDetectedAt,
            DetectionCount = a.DetectionCount,
            ReviewedAt = a.ReviewedAt,
            ReviewedBy = a.ReviewedBy,
            ReviewedByName = a.ReviewedBy is { } r ? people.GetValueOrDefault(r) : null,
            Comments = a.Comments.Select(x => new AnomalyCommentDto(x.At, x.By, x.By is { } by ? people.GetValueOrDefault(by) : null, x.Status, x.Text)).ToList(),
        }).ToList();
    }
}
