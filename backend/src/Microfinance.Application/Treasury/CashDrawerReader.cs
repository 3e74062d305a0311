using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>Drawer sessions as the screens and the report show them: with their cash from the ledger, branch, difference's entry and users' names.</summary>
public sealed class CashDrawerReader(IApplicationDbContext db, CashDrawers drawers, LedgerPoster ledger, IIdentityService identity,
    InstitutionProfile institution, TimeProvider clock)
{
    /// <summary><paramref name="sessions"/> (filtered by the caller) as rows, newest first.</summary>
    public async Task<IQueryable<CashDrawerDto>> RowsAsync(IQueryable<CashDrawerSession> sessions, CancellationToken ct) =>
        from x in drawers.WithCash(sessions.AsNoTracking(), await ledger.AccountForAsync(LedgerPurpose.Cash, ct), clock.GetUtcNow())
        join b in db.Branches on x.Session.BranchId equals b.Id into branches
        from b in branches.DefaultIfEmpty()
        join e in db.JournalEntries on x.Session.DifferenceEntryId equals e.Id into entries
        from e in entries.DefaultIfEmpty()
        orderby x.Session.OpenedAt descending, x.Session.Id
        select new CashDrawerDto
        {
            Id = x.Session.Id,
            UserId = x.Session.UserId,
            BranchId = x.Session.BranchId,
            BranchName = b == null ? null : b.Name,
            BusinessDate = x.Session.BusinessDate,
            Status = x.Session.Status,
            OpenedAt = x.Session.OpenedAt,
            OpeningFloat = x.Session.OpeningFloat,
            OpeningCounts = x.Session.OpeningCounts,
            CashIn = x.In,
            CashOut = x.Out,
            // A closed session keeps what was expected at its close.
            ExpectedCash = x.Session.ExpectedCash ?? x.Session.OpeningFloat + x.In - x.Out,
            ClosedAt = x.Session.ClosedAt,
            ClosingCounts = x.Session.ClosingCounts,
            CountedCash = x.Session.CountedCash,
            Difference = x.Session.Difference,
            DifferenceEntryNumber = e == null ? null : e.Number,
            ClosingNote = x.Session.ClosingNote,
            ValidatedBy = x.Session.ValidatedBy,
            ValidatedAt = x.Session.ValidatedAt,
        };

    public async Task<CashDrawerDto> OneAsync(Guid id, CancellationToken ct) =>
        (await WithNamesAsync([await (await RowsAsync(db.CashDrawerSessions.Where(s => s.Id == id), ct)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("CashDrawer", id)], ct))[0];

    public async Task<PagedList<CashDrawerDto>> PageAsync(IQueryable<CashDrawerSession> sessions, int page, int pageSize, CancellationToken ct)
    {
        var read = await PagedList<CashDrawerDto>.CreateAsync(await RowsAsync(sessions, ct), page, pageSize, ct);
        await WithNamesAsync(read.Items, ct);
        return read;
    }

    /// <summary>Fills the holders' and validators' names of rows already read.</summary>
    public async Task<IReadOnlyList<CashDrawerDto>> WithNamesAsync(IReadOnlyList<CashDrawerDto> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(r => new[] { r.UserId, r.ValidatedBy }).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return rows;
        var names = await identity.GetDisplayNamesAsync(ids, ct);
        foreach (var row in rows)
        {
            row.UserName = names.GetValueOrDefault(row.UserId);
            row.ValidatedByName = row.ValidatedBy is { } by ? names.GetValueOrDefault(by) : null;
        }
        return rows;
    }

    public async Task<TreasurySettingsDto> SettingsAsync(CancellationToken ct)
    {
        var profile = await institution.CurrentAsync(ct);
        return new TreasurySettingsDto(profile.CashNeedsOpenDrawer, profile.CurrencyCode, Denominations.For(profile.CurrencyCode));
    }
}
