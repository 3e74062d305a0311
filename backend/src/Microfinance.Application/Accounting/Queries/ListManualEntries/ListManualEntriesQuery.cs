using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.ListManualEntries;

/// <summary>Manual entries, the newest first; <c>status=PendingApproval</c> is the approval inbox (oldest first there).</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListManualEntriesQuery(ManualEntryStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<ManualEntryDto>>, IPageRequest;
