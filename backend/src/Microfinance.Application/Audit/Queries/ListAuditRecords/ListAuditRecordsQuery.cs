namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

/// <summary>
/// The caller's institution's trail (the platform's own trail for a platform admin), newest first, in words
/// (<see cref="AuditRecordWords"/>). Sign-in and session records are left out unless <see cref="IncludeSignIns"/> is set
/// or <see cref="Action"/> names one of them. <see cref="Actor"/> is a username, as recorded.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record ListAuditRecordsQuery(
    string? Action = null, string? EntityType = null, string? EntityId = null, Guid? ActorId = null, string? Actor = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, bool IncludeSignIns = false,
    int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<AuditRecordDto>>, IPageRequest;
