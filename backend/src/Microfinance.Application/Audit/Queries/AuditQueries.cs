using Microfinance.Domain.Audit;

namespace Microfinance.Application.Audit.Queries;

/// <summary>The caller's institution's trail (the platform's own trail for a platform admin), newest first.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record ListAuditRecordsQuery(
    string? Action = null, string? EntityType = null, string? EntityId = null, Guid? ActorId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<AuditRecordDto>>, IPageRequest;

[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record GetAuditRecordQuery(Guid Id) : IRequest<AuditRecordDto>;

/// <summary>Walks every chain of the caller's institution and names the first broken record.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record VerifyAuditChainQuery : IRequest<AuditChainVerification>;

public sealed class ListAuditRecordsQueryValidator : AbstractValidator<ListAuditRecordsQuery>
{
    public ListAuditRecordsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Action).MaximumLength(100);
        RuleFor(x => x.EntityType).MaximumLength(100);
        RuleFor(x => x.EntityId).MaximumLength(100);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class AuditQueryHandlers(IApplicationDbContext db, ITenantContext tenant)
    : IRequestHandler<ListAuditRecordsQuery, PagedList<AuditRecordDto>>,
      IRequestHandler<GetAuditRecordQuery, AuditRecordDto>,
      IRequestHandler<VerifyAuditChainQuery, AuditChainVerification>
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

    public async Task<AuditRecordDto> Handle(GetAuditRecordQuery q, CancellationToken cancellationToken) =>
        await db.AuditRecords.AsNoTracking().Where(r => r.Id == q.Id).ProjectToDto()
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Audit record", q.Id);

    public async Task<AuditChainVerification> Handle(VerifyAuditChainQuery q, CancellationToken cancellationToken)
    {
        var institution = tenant.InstitutionId;
        var verifier = new AuditChainVerifier();
        var records = db.AuditRecords.AsNoTracking().Where(r => r.InstitutionId == institution).OrderBy(r => r.Chain).ThenBy(r => r.Sequence);
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(cancellationToken))
            verifier.Accept(record);
        return verifier.Result;
    }
}
