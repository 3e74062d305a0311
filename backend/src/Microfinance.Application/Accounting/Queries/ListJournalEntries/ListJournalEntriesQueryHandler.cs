namespace Microfinance.Application.Accounting.Queries.ListJournalEntries;

public sealed class ListJournalEntriesQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListJournalEntriesQuery, PagedList<JournalEntryDto>>
{
    public async Task<PagedList<JournalEntryDto>> Handle(ListJournalEntriesQuery q, CancellationToken cancellationToken)
    {
        var entries = db.JournalEntries.AsNoTracking().ValuedBetween(q.From, q.To);
        if (q.Source is { } source) entries = entries.Where(e => e.Source == source);
        if (q.GlAccountId is { } gl) entries = entries.Where(e => db.JournalLines.Any(l => l.EntryId == e.Id && l.GlAccountId == gl));
        if (q.AccountId is { } account) entries = entries.Where(e => db.JournalLines.Any(l => l.EntryId == e.Id && l.DepositAccountId == account));

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.Number).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(e => new { e.Id, e.Number, e.ValueDate, e.PostedAt, e.Description, e.Source, e.ReversesEntryId })
            .ToListAsync(cancellationToken);
        var ids = page.Select(e => e.Id).ToList();
        var lines = await (
            from l in db.JournalLines.AsNoTracking()
            join a in db.GlAccounts on l.GlAccountId equals a.Id
            where ids.Contains(l.EntryId)
            orderby l.Debit descending
            select new { l.EntryId, Line = new JournalLineDto(a.Id, a.Code, a.Name, l.DepositAccountId, l.Debit, l.Credit) }
        ).ToListAsync(cancellationToken);
        var byEntry = lines.ToLookup(l => l.EntryId, l => l.Line);
        return new PagedList<JournalEntryDto>
        {
            Items = page.Select(e => new JournalEntryDto(e.Id, e.Number, e.ValueDate, e.PostedAt, e.Description, e.Source, e.ReversesEntryId, byEntry[e.Id].ToList())).ToList(),
            Page = q.Page,
            PageSize = q.PageSize,
            TotalCount = total,
        };
    }
}
