namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

public sealed class ListAuditRecordsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListAuditRecordsQuery, PagedList<AuditRecordDto>>
{
    public Task<PagedList<AuditRecordDto>> Handle(ListAuditRecordsQuery q, CancellationToken cancellationToken)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Action)) records = records.Where(r => r.Action == q.Action);
        if (!string.IsNullOrWhiteSpace(q.EntityType)) records = records.Where(r => r.EntityType == q.EntityType);
        if (!string.IsNullOrWhiteSpace(q.EntityId)) records = records.Where(r => r.EntityId == q.EntityId);
        if (q.ActorId is { } actor) records = records.Where(r => r.ActorId == actor);
        if (q.From is { } from) records = records.Where(r => r.OccurredAt >= from);
        if (q.To is { } to) records = records.Where(r => r.OccurredAt <= to);
        return PagedList<AuditRecordDto>.CreateAsync(
            records.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Chain).ThenByDescending(r => r.Sequence).ProjectToDto(), q.Page, q.PageSize, cancellationToken);
    }
}
