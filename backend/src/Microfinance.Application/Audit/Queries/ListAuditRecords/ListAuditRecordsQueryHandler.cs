namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

public sealed class ListAuditRecordsQueryHandler(IApplicationDbContext db, AuditRecordWords words)
    : IRequestHandler<ListAuditRecordsQuery, PagedList<AuditRecordDto>>
{
    public async Task<PagedList<AuditRecordDto>> Handle(ListAuditRecordsQuery q, CancellationToken cancellationToken)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Action)) records = records.Where(r => r.Action == q.Action);
        else if (!q.IncludeSignIns)
        {
            var signIns = AuditCatalogue.SignInActions;
            records = records.Where(r => !signIns.Contains(r.Action));
        }
        if (!string.IsNullOrWhiteSpace(q.EntityType)) records = records.Where(r => r.EntityType == q.EntityType);
        if (!string.IsNullOrWhiteSpace(q.EntityId)) records = records.Where(r => r.EntityId == q.EntityId);
        if (q.ActorId is { } actor) records = records.Where(r => r.ActorId == actor);
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            var username = q.Actor.Trim().ToLowerInvariant();
            records = records.Where(r => r.ActorUsername != null && r.ActorUsername.ToLower() == username);
        }
        if (q.From is { } from) records = records.Where(r => r.OccurredAt >= from);
        if (q.To is { } to) records = records.Where(r => r.OccurredAt <= to);
        var page = await PagedList<AuditRecordDto>.CreateAsync(
            records.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Chain).ThenByDescending(r => r.Sequence).ProjectToDto(), q.Page, q.PageSize, cancellationToken);
        await words.ApplyAsync(page.Items, cancellationToken);
        return page;
    }
}
