using System.Globalization;
using Microfinance.Application.Reporting.Queries.GetDashboard;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// One month of the institution as the assistant reads it: the money that moved (by value date, reversed operations
/// left out), the portfolio's quality at the month's end, and the findings opened and closed in it.
/// <see cref="Through"/> is the month's last day, or today for the month in progress.
/// </summary>
public sealed record MonthlyFigures(
    DateOnly Month, DateOnly Through,
    CountAmountDto Deposits, CountAmountDto Withdrawals, CountAmountDto Repayments, CountAmountDto Disbursements, CountAmountDto Contributions,
    PortfolioQuality? Portfolio,
    int FindingsOpened, int FindingsOpenedHigh, int FindingsClosed, IReadOnlyDictionary<string, int> FindingsOpenedByRule)
{
    public string Label => $"{Month.Year:0000}-{Month.Month:00}";

    public bool InProgress => Through < Month.AddMonths(1).AddDays(-1);

    public AssistantSourceDto MovementsSource(AssistantText t) => new("movements", Label,
        t.T("Deposits, withdrawals, loan repayments and loans disbursed valued in the month, reversed ones left out (the movements view)."),
        Of(("deposits.count", Deposits.Count), ("deposits.amount", Deposits.Amount), ("withdrawals.count", Withdrawals.Count),
            ("withdrawals.amount", Withdrawals.Amount), ("repayments.count", Repayments.Count), ("repayments.amount", Repayments.Amount),
            ("disbursements.count", Disbursements.Count), ("disbursements.amount", Disbursements.Amount)));

    public AssistantSourceDto ContributionsSource(AssistantText t) => new("tontine_contributions", Label,
        t.T("Tontine contributions collected in the month."),
        Of(("contributions.count", Contributions.Count), ("contributions.amount", Contributions.Amount)));

    public AssistantSourceDto PortfolioSource(AssistantText t) => Portfolio is { } p
        ? new(p.Source, Label, p.Source == "loan_arrears"
                ? t.T("The portfolio today, read live (the portfolio-at-risk report's query).")
                : t.T("The portfolio at the month's last end of day recorded."),
            Of(("portfolio.asOf", p.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("portfolio.outstanding", p.Outstanding),
                ("portfolio.atRisk30", p.AtRisk30), ("portfolio.par1", p.Par1), ("portfolio.par30", p.Par30), ("portfolio.par90", p.Par90),
                ("portfolio.loans", p.Loans), ("portfolio.loansInArrears", p.LoansInArrears)))
        : new("portfolio_snapshots", Label, t.T("No end of day recorded the portfolio in this month."), new Dictionary<string, string>());

    public AssistantSourceDto FindingsSource(AssistantText t) => new("anomalies", Label,
        t.T("Findings first detected in the month, and findings closed (explained or dismissed) in it."),
        Of([("findings.opened", FindingsOpened), ("findings.openedHigh", FindingsOpenedHigh), ("findings.closed", FindingsClosed),
            .. FindingsOpenedByRule.Select(r => ($"findings.opened.{r.Key}", (object)r.Value))]));

    public IReadOnlyList<AssistantSourceDto> Sources(AssistantText t) => [MovementsSource(t), ContributionsSource(t), PortfolioSource(t), FindingsSource(t)];

    private static Dictionary<string, string> Of(params (string Name, object Value)[] figures) => figures.ToDictionary(f => f.Name,
        f => f.Value is decimal d ? d.ToString("0.####", CultureInfo.InvariantCulture) : Convert.ToString(f.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
}
