using Microfinance.Application.Common.Money;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.RecordDayTotals;

public sealed class RecordDayTotalsCommandHandler(IApplicationDbContext db, InstitutionProfile institution)
    : IRequestHandler<RecordDayTotalsCommand, int>
{
    public async Task<int> Handle(RecordDayTotalsCommand c, CancellationToken cancellationToken)
    {
        var current = await institution.CurrentAsync(cancellationToken);
        var yesterday = (await institution.TodayAsync(cancellationToken)).AddDays(-1);
        var days = 0;
        foreach (var day in await DaysToSumAsync(db.MovementDayTotals.Select(d => (DateOnly?)d.RecordedOn),
                     db.AccountTransactions.Select(t => (DateTimeOffset?)t.CreatedAt), current, yesterday, cancellationToken))
        {
            foreach (var row in await DayTotals.Movements(db, current.StartOf(day), current.StartOf(day.AddDays(1)), cancellationToken))
                db.MovementDayTotals.Add(new MovementDayTotal(current.Id, row.BranchId, day, new DateOnly(row.Year, row.Month, 1), row.Type, row.Count, row.Amount));
            days++;
        }
        foreach (var day in await DaysToSumAsync(db.LedgerDayTotals.Select(d => (DateOnly?)d.PostedOn),
                     db.JournalEntries.Select(e => (DateTimeOffset?)e.PostedAt), current, yesterday, cancellationToken))
        {
            foreach (var row in await DayTotals.Ledger(db, current.StartOf(day), current.StartOf(day.AddDays(1)), cancellationToken))
                db.LedgerDayTotals.Add(new LedgerDayTotal(current.Id, row.GlAccountId, day, row.ValueDate, row.YearEndClose, row.Debit, row.Credit));
            days++;
        }
        return days;
    }

    /// <summary>The days after the last one summed (from the first thing recorded, the first time) through yesterday.</summary>
    private static async Task<IReadOnlyList<DateOnly>> DaysToSumAsync(IQueryable<DateOnly?> summed, IQueryable<DateTimeOffset?> recorded,
        Domain.IdentityAccess.Institution institution, DateOnly yesterday, CancellationToken ct)
    {
        var first = await summed.MaxAsync(ct) is { } last ? last.AddDays(1)
            : await recorded.MinAsync(ct) is { } since ? institution.Today(since) : yesterday.AddDays(1);
        return Enumerable.Range(0, Math.Max(0, yesterday.DayNumber - first.DayNumber + 1)).Select(first.AddDays).ToList();
    }
}
