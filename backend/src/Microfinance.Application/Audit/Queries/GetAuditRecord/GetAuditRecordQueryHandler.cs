namespace Microfinance.Application.Audit.Queries.GetAuditRecord;

public sealed class GetAuditRecordQueryHandler(IApplicationDbContext db, AuditRecordWords words)
    : IRequestHandler<GetAuditRecordQuery, AuditRecordDto>
{
    public async Task<AuditRecordDto> Handle(GetAuditRecordQuery q, CancellationToken cancellationToken)
    {
        var record = await db.AuditRecords.AsNoTracking().Where(r => r.Id == q.Id).ProjectToDto().FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Audit record", q.Id);
        await words.ApplyAsync([record], cancellationToken);
        return record;
    }
}
