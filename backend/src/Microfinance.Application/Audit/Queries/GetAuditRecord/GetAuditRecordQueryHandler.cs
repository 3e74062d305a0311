namespace Microfinance.Application.Audit.Queries.GetAuditRecord;

public sealed class GetAuditRecordQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetAuditRecordQuery, AuditRecordDto>
{
    public async Task<AuditRecordDto> Handle(GetAuditRecordQuery q, CancellationToken cancellationToken) =>
        await db.AuditRecords.AsNoTracking().Where(r => r.Id == q.Id).ProjectToDto()
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Audit record", q.Id);
}
