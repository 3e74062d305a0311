using Microfinance.Application.Accounting;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// What the balance sheet and the income statement are drawn from: each GL account of some types with its balance, signed
/// by its normal side (<see cref="LedgerTotals.Balance"/>), over two spans of value dates — the one asked and the same a
/// year earlier, shown beside it (docs/accounting.md).
/// </summary>
internal static class FinancialStatementLines
{
    public sealed record Line(GlAccount Account, decimal Current, decimal Previous);

    /// <summary>
    /// The accounts of <paramref name="types"/> with a balance in either span, by code; the income statement leaves the
    /// year-end closes out (<see cref="LedgerTotals.ByAccountAsync"/>).
    /// </summary>
    public static async Task<List<Line>> ReadAsync(IApplicationDbContext db, Institution institution, GlAccountType[] types,
        (DateOnly? From, DateOnly To) current, (DateOnly? From, DateOnly To) previous, CancellationToken ct, bool withoutYearEndCloses = false)
    {
        var now = await LedgerTotals.ByAccountAsync(db, institution, current.From, current.To, ct, withoutYearEndCloses);
        var then = await LedgerTotals.ByAccountAsync(db, institution, previous.From, previous.To, ct, withoutYearEndCloses);
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => types.Contains(a.Type)).OrderBy(a => a.Code).ToListAsync(ct);
        decimal BalanceIn(Dictionary<Guid, GlTotal> totals, GlAccount a) =>
            totals.TryGetValue(a.Id, out var t) ? LedgerTotals.Balance(a, t.Debit, t.Credit) : 0;
        return accounts.Select(a => new Line(a, BalanceIn(now, a), BalanceIn(then, a)))
            .Where(l => l.Current != 0 || l.Previous != 0)
            .ToList();
    }

    /// <summary>Income less expenses of the lines (those of the income statement's types).</summary>
    public static (decimal Current, decimal Previous) Result(IReadOnlyCollection<Line> lines) => (
        lines.Sum(l => l.Account.Type == GlAccountType.Income ? l.Current : -l.Current),
        lines.Sum(l => l.Account.Type == GlAccountType.Income ? l.Previous : -l.Previous));
}
