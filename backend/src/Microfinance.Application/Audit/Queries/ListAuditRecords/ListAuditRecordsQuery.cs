namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

/// <summary>The caller's institution's trail (the platform's own trail for a platform admin), newest first.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record ListAuditRecordsQuery(
    string? Action = null, string? EntityType = null, string? EntityId = null, Guid? ActorId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<AuditRecordDto>>, IPageRequest;
