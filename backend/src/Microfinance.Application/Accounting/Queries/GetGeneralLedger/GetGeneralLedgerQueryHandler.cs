using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

/// <summary>
/// The lines in value-date order (then entry number): the opening balance sums every line before the period, and a
/// page's running balance starts from the opening plus the lines of the period before the page, summed in PostgreSQL.
/// </summary>
public sealed class GetGeneralLedgerQueryHandler(IApplicationDbContext db, InstitutionProfile institution) : IRequestHandler<GetGeneralLedgerQuery, GeneralLedgerDto>
{
    public async Task<GeneralLedgerDto> Handle(GetGeneralLedgerQuery q, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().GetAsync(q.GlAccountId, "GL account", cancellationToken);
        var end = q.To ?? await institution.TodayAsync(cancellationToken);
        var start = q.From ?? new DateOnly(end.Year, end.Month, 1);
        decimal Signed(decimal debitLessCredit) => account.IsDebitNormal ? debitLessCredit : -debitLessCredit;

        var accountLines = db.JournalLines.Where(l => l.GlAccountId == account.Id);
        var opening = Signed(await (
            from l in accountLines
            join e in db.JournalEntries.ValuedBetween(null, start.AddDays(-1)) on l.EntryId equals e.Id
            select l.Debit - l.Credit).SumAsync(cancellationToken));
        var period =
            from l in accountLines
            join e in db.JournalEntries.ValuedBetween(start, end) on l.EntryId equals e.Id
            orderby e.ValueDate, e.Number, l.Id
            select new { e.ValueDate, EntryId = e.Id, e.Number, e.Description, e.Source, l.Debit, l.Credit };
        var totals = await period.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) })
            .FirstOrDefaultAsync(cancellationToken);

        var skip = (q.Page - 1) * q.PageSize;
        var balance = opening + Signed(skip == 0 ? 0 : await period.Take(skip).SumAsync(x => x.Debit - x.Credit, cancellationToken));
        var page = await period.Skip(skip).Take(q.PageSize).ToListAsync(cancellationToken);
        var lines = page.Select(x =>
        {
            balance += Signed(x.Debit - x.Credit);
            return new GeneralLedgerLineDto(x.ValueDate, x.EntryId, x.Number, x.Description, x.Source, x.Debit, x.Credit, balance);
        }).ToList();

        var (debit, credit) = (totals?.Debit ?? 0, totals?.Credit ?? 0);
        return new GeneralLedgerDto(account.Id, account.Code, account.Name, account.Type, start, end, opening, debit, credit,
            opening + Signed(debit - credit),
            new PagedList<GeneralLedgerLineDto> { Items = lines, Page = q.Page, PageSize = q.PageSize, TotalCount = totals?.Count ?? 0 });
    }
}
