using Microfinance.Application.Reporting.Queries.GetDashboard;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// The monthly summary written from a month's figures and the month before: activity, portfolio quality, findings,
/// notable changes. A change is notable when an amount moved by <see cref="NotablePercent"/> % or more (from a month
/// that had some), or PAR30 by <see cref="NotableParPoints"/> point or more.
/// </summary>
public static class MonthlySummary
{
    public const decimal NotablePercent = 20;
    public const decimal NotableParPoints = 1;

    public static string Write(MonthlyFigures month, MonthlyFigures previous, AssistantText t) =>
        string.Join("\n\n", Activity(month, t), Portfolio(month, t), Findings(month, t), Changes(month, previous, t));

    public static string Activity(MonthlyFigures m, AssistantText t)
    {
        var text = t.T("Activity of {0}: {1} deposits for {2}, {3} withdrawals for {4}, {5} loan repayments for {6}, {7} tontine contributions for {8}; {9} loans disbursed for {10}.",
            t.Month(m.Month), m.Deposits.Count, t.Money(m.Deposits.Amount), m.Withdrawals.Count, t.Money(m.Withdrawals.Amount),
            m.Repayments.Count, t.Money(m.Repayments.Amount), m.Contributions.Count, t.Money(m.Contributions.Amount),
            m.Disbursements.Count, t.Money(m.Disbursements.Amount));
        return m.InProgress ? text + " " + t.T("The month is not over: these are the figures through {0}.", t.Day(m.Through)) : text;
    }

    public static string Portfolio(MonthlyFigures m, AssistantText t) => m.Portfolio is { } p
        ? t.T("Portfolio on {0}: {1} outstanding over {2} active loans, {3} of them in arrears; PAR1 {4}, PAR30 {5}, PAR90 {6}.",
            t.Day(p.AsOf), t.Money(p.Outstanding), p.Loans, p.LoansInArrears, t.Percent(p.Par1), t.Percent(p.Par30), t.Percent(p.Par90))
        : t.T("No end of day recorded the portfolio in {0}: its quality that month is not known.", t.Month(m.Month));

    public static string Findings(MonthlyFigures m, AssistantText t)
    {
        var text = t.T("Findings: {0} opened in the month, {1} of them of high severity; {2} closed.", m.FindingsOpened, m.FindingsOpenedHigh, m.FindingsClosed);
        return m.FindingsOpenedByRule.Count == 0 ? text
            : text + " " + t.T("By rule: {0}.", string.Join(", ", m.FindingsOpenedByRule.Select(r => $"{FindingExplanation.RuleName(r.Key, t)} {r.Value}")));
    }

    public static string Changes(MonthlyFigures m, MonthlyFigures previous, AssistantText t)
    {
        var notable = new List<string>();
        foreach (var (label, now, before) in Amounts(m, previous, t))
            if (before.Amount > 0 && Math.Abs(now.Amount - before.Amount) * 100 / before.Amount >= NotablePercent)
                notable.Add(Compare(label, now, before, t));
        if (ParChange(m, previous) is { } par && Math.Abs(par.Now - par.Before) >= NotableParPoints)
            notable.Add(t.T("PAR30 went from {0} to {1}", t.Percent(par.Before), t.Percent(par.Now)));
        return notable.Count == 0
            ? t.T("No notable change from {0}: no amount moved by 20 % or more and PAR30 by less than one point.", t.Month(previous.Month))
            : t.T("Notable changes from {0}: {1}.", t.Month(previous.Month), t.Semicolons(notable));
    }

    /// <summary>"Deposits: 1 500 000 FCFA (12) against 1 000 000 FCFA (8), +50 %".</summary>
    public static string Compare(string label, CountAmountDto now, CountAmountDto before, AssistantText t) =>
        before.Amount > 0
            ? t.T("{0}: {1} ({2}) against {3} ({4}), {5}", label, t.Money(now.Amount), now.Count, t.Money(before.Amount), before.Count,
                (now.Amount >= before.Amount ? "+" : "-") + t.Percent(Math.Round(Math.Abs(now.Amount - before.Amount) * 100 / before.Amount, 1, MidpointRounding.AwayFromZero)))
            : t.T("{0}: {1} ({2}) against none", label, t.Money(now.Amount), now.Count);

    public static (decimal Before, decimal Now)? ParChange(MonthlyFigures m, MonthlyFigures previous) =>
        m.Portfolio is { } now && previous.Portfolio is { } before ? (before.Par30, now.Par30) : null;

    public static IEnumerable<(string Label, CountAmountDto Now, CountAmountDto Before)> Amounts(MonthlyFigures m, MonthlyFigures previous, AssistantText t) =>
    [
        (t.T("Deposits"), m.Deposits, previous.Deposits),
        (t.T("Withdrawals"), m.Withdrawals, previous.Withdrawals),
        (t.T("Loan repayments"), m.Repayments, previous.Repayments),
        (t.T("Tontine contributions"), m.Contributions, previous.Contributions),
        (t.T("Loans disbursed"), m.Disbursements, previous.Disbursements),
    ];
}
