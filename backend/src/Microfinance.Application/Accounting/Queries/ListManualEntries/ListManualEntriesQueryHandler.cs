using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.ListManualEntries;

public sealed class ListManualEntriesQueryHandler(IApplicationDbContext db, ManualEntryReader reader)
    : IRequestHandler<ListManualEntriesQuery, PagedList<ManualEntryDto>>
{
    public async Task<PagedList<ManualEntryDto>> Handle(ListManualEntriesQuery q, CancellationToken cancellationToken)
    {
        var entries = db.ManualEntries.AsNoTracking();
        if (q.Status is { } status) entries = entries.Where(e => e.Status == status);
        var ordered = q.Status == ManualEntryStatus.PendingApproval
            ? entries.OrderBy(e => e.CreatedAt)
            : entries.OrderByDescending(e => e.CreatedAt);
        var total = await entries.CountAsync(cancellationToken);
        var page = await ordered.ThenBy(e => e.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ManualEntryDto>
        {
            Items = await reader.DescribeAsync(page, cancellationToken),
            Page = q.Page,
            PageSize = q.PageSize,
            TotalCount = total,
        };
    }
}
