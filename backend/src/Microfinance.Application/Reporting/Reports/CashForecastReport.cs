using System.Globalization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The cash forecast (<i>prévision de trésorerie</i>) for the next <see cref="ReportFilters.Horizon"/> days (30, 60 or 90;
/// 30 by default) from today, week by week (docs/reporting.md "Cash forecast"): today's cash position — the balances of
/// the class 1 treasury asset accounts (cash, mobile money, banks) — then each week's expected inflows, the unpaid
/// amounts of the active loans' installments due that week weighted by the portfolio's on-time rate, and expected
/// outflows, the approved loans not yet disbursed and the withdrawals waiting for approval (both in the first week:
/// either may be paid out any day), and the position they project at each week's end.
/// </summary>
public sealed class CashForecastReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    /// <summary>How far back the on-time rate looks: the installments that fell due in the last 90 days.</summary>
    public const int OnTimeWindowDays = 90;

    private const int DefaultHorizon = 30;

    public override string Name => "cash-forecast";
    public override string Title => "Prévision de trésorerie";
    public override string Description =>
        "Semaine par semaine : les échéances attendues pondérées par le taux de ponctualité des 90 derniers jours, les crédits approuvés à décaisser, les retraits en attente, et la trésorerie projetée.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("week", "Semaine"),
        ReportColumn.Date("from", "Du"),
        ReportColumn.Date("to", "Au"),
        ReportColumn.Money("scheduled", "Échéances prévues"),
        ReportColumn.Money("inflows", "Entrées attendues"),
        ReportColumn.Money("disbursements", "Crédits à décaisser"),
        ReportColumn.Money("withdrawals", "Retraits en attente"),
        ReportColumn.Money("net", "Flux net"),
        ReportColumn.Money("position", "Trésorerie projetée"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.HorizonName];

    public override IReadOnlyList<string> ReadBy => Roles.LedgerReaders;

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var today = await institution.TodayAsync(cancellationToken);
        var currency = await institution.CurrencyAsync(cancellationToken);
        var last = today.AddDays((filters.Horizon ?? DefaultHorizon) - 1);

        var position = await (
            from l in db.JournalLines
            join e in db.JournalEntries on l.EntryId equals e.Id
            join g in db.GlAccounts on l.GlAccountId equals g.Id
            where g.Class == 1 && g.Type == GlAccountType.Asset && e.ValueDate <= today
            select l.Debit - l.Credit).SumAsync(cancellationToken);
        var onTimeRate = await OnTimeRateAsync(today, cancellationToken);
        var due = await (
            from i in db.LoanInstallments
            join loan in db.Loans on i.LoanId equals loan.Id
            where loan.Status == LoanStatus.Active && i.DueDate >= today && i.DueDate <= last
            group i by i.DueDate into day
            select new { Day = day.Key, Unpaid = day.Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid) })
            .ToListAsync(cancellationToken);
        var disbursements = await db.Loans.Where(l => l.Status == LoanStatus.Approved).SumAsync(l => l.Principal, cancellationToken);
        var withdrawals = await db.WithdrawalRequests.Where(w => w.Status == WithdrawalRequestStatus.Pending).SumAsync(w => w.Amount, cancellationToken);

        var rows = new List<object?[]>();
        var running = position;
        decimal totalInflows = 0;
        for (var (week, start) = (1, today); start <= last; week++, start = start.AddDays(7))
        {
            var end = start.AddDays(6) < last ? start.AddDays(6) : last;
            var scheduled = due.Where(d => d.Day >= start && d.Day <= end).Sum(d => d.Unpaid);
            var inflows = Currencies.Round(scheduled * onTimeRate, currency);
            var (outDisbursed, outWithdrawn) = week == 1 ? (disbursements, withdrawals) : (0m, 0m);
            var net = inflows - outDisbursed - outWithdrawn;
            running += net;
            totalInflows += inflows;
            rows.Add([$"S{week.ToString(CultureInfo.InvariantCulture)}", start, end, scheduled, inflows, outDisbursed, outWithdrawn, net, running]);
        }
        return new ListedReportData(rows,
        [
            new("Trésorerie du jour", position, ColumnKind.Money, "cashToday"),
            new("Taux de ponctualité (90 jours)", Math.Round(onTimeRate * 100, 1, MidpointRounding.AwayFromZero), ColumnKind.Percent, "onTimeRate"),
            new("Entrées attendues", totalInflows, ColumnKind.Money, "inflows"),
            new("Sorties attendues", disbursements + withdrawals, ColumnKind.Money, "outflows"),
            new("Trésorerie projetée", running, ColumnKind.Money, "projected"),
        ]);
    }

    /// <summary>
    /// The share of what fell due in the last <see cref="OnTimeWindowDays"/> days (before today) that was paid by its due
    /// date: each installment's principal, interest and fees, against the loan's repayments (not reversed, their
    /// penalties left out) dated up to its due date, applied to the loan's installments oldest first — so a payment ahead
    /// counts for the installments it covers. 1 when nothing fell due.
    /// </summary>
    private async Task<decimal> OnTimeRateAsync(DateOnly today, CancellationToken ct)
    {
        var windowStart = today.AddDays(-OnTimeWindowDays);
        var loanIds = db.LoanInstallments.Where(i => i.DueDate >= windowStart && i.DueDate < today).Select(i => i.LoanId).Distinct();
        var installments = (await db.LoanInstallments.Where(i => loanIds.Contains(i.LoanId) && i.DueDate < today)
                .Select(i => new { i.LoanId, i.Number, i.DueDate, Due = i.PrincipalDue + i.InterestDue + i.FeesDue }).ToListAsync(ct))
            .ToLookup(i => i.LoanId);
        var repayments = (await db.LoanRepayments.Where(r => loanIds.Contains(r.LoanId) && r.ReversedAt == null && r.Date < today)
                .Select(r => new { r.LoanId, r.Date, Paid = r.PrincipalPart + r.InterestPart + r.FeesPart }).ToListAsync(ct))
            .ToLookup(r => r.LoanId);

        decimal dueInWindow = 0, paidOnTime = 0;
        foreach (var loan in installments)
        {
            decimal dueBefore = 0;
            foreach (var installment in loan.OrderBy(i => i.Number))
            {
                if (installment.DueDate >= windowStart)
                {
                    var paidByDueDate = repayments[loan.Key].Where(r => r.Date <= installment.DueDate).Sum(r => r.Paid);
                    dueInWindow += installment.Due;
                    paidOnTime += Math.Clamp(paidByDueDate - dueBefore, 0, installment.Due);
                }
                dueBefore += installment.Due;
            }
        }
        return dueInWindow == 0 ? 1 : paidOnTime / dueInWindow;
    }
}
