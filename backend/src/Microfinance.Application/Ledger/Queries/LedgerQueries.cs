using Microfinance.Domain.Ledger;

namespace Microfinance.Application.Ledger.Queries;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record ListGlAccountsQuery(string? Search = null, int? Class = null) : IRequest<IReadOnlyList<GlAccountDto>>;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListJournalEntriesQuery(
    DateOnly? From = null, DateOnly? To = null, JournalSource? Source = null, Guid? GlAccountId = null, Guid? AccountId = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<JournalEntryDto>>, IPageRequest;

public sealed record JournalEntryDto(
    Guid Id, long Number, DateOnly ValueDate, DateTimeOffset PostedAt, string Description, JournalSource Source,
    Guid? ReversesEntryId, IReadOnlyList<JournalLineDto> Lines);

public sealed record JournalLineDto(Guid GlAccountId, string GlAccountCode, string GlAccountName, Guid? DepositAccountId, decimal Debit, decimal Credit);

public sealed class ListJournalEntriesQueryValidator : AbstractValidator<ListJournalEntriesQuery>
{
    public ListJournalEntriesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class LedgerQueryHandlers(IApplicationDbContext db)
    : IRequestHandler<ListGlAccountsQuery, IReadOnlyList<GlAccountDto>>,
      IRequestHandler<ListJournalEntriesQuery, PagedList<JournalEntryDto>>
{
    public async Task<IReadOnlyList<GlAccountDto>> Handle(ListGlAccountsQuery request, CancellationToken cancellationToken)
    {
        var accounts = db.GlAccounts.AsNoTracking();
        if (request.Class is { } chartClass) accounts = accounts.Where(a => a.Class == chartClass);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLower();
            accounts = accounts.Where(a => a.Code.StartsWith(search) || a.Name.ToLower().Contains(search));
        }
        return await accounts.OrderBy(a => a.Code).ProjectToDto().ToListAsync(cancellationToken);
    }

    public async Task<PagedList<JournalEntryDto>> Handle(ListJournalEntriesQuery q, CancellationToken cancellationToken)
    {
        var entries = db.JournalEntries.AsNoTracking();
        if (q.From is { } from) entries = entries.Where(e => e.ValueDate >= from);
        if (q.To is { } to) entries = entries.Where(e => e.ValueDate <= to);
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
