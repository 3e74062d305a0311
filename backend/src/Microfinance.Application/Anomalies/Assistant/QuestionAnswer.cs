using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// The question box's answer, offline: for each topic the question names, the month's figure against the month
/// before's — and, to a "why" about the portfolio, what moved with it (the late outstanding, the whole outstanding,
/// the repayments, the late-repayment findings). Its sources are the figures it used; a question it cannot tie to a
/// topic is answered with what it can answer about, and the month's figures it looked at.
/// </summary>
public static class QuestionAnswer
{
    public static (string Text, IReadOnlyList<AssistantSourceDto> Sources) Write(AssistantQuestion q, MonthlyFigures m, MonthlyFigures previous, AssistantText t)
    {
        if (q.Topics.Count == 0)
            return (t.T("I could not tie this question to the figures I know. I answer from a month's figures: deposits, withdrawals, loan repayments, loans disbursed, tontine contributions, the portfolio at risk (PAR1, PAR30, PAR90) and the findings opened and closed; name one of them and, if you like, the month."),
                m.Sources(t));
        if (q.Topics.Contains(AssistantTopic.Summary))
            return (MonthlySummary.Write(m, previous, t), [.. m.Sources(t), .. previous.Sources(t)]);

        var lines = new List<string> { t.T("{0}, compared with {1}:", t.Month(m.Month), t.Month(previous.Month)) };
        var sources = new List<AssistantSourceDto>();
        void Use(params AssistantSourceDto[] used) => sources.AddRange(used.Where(s => !sources.Any(k => k.Name == s.Name && k.Month == s.Month)));
        foreach (var topic in Enum.GetValues<AssistantTopic>().Where(q.Topics.Contains))
        {
            switch (topic)
            {
                case AssistantTopic.Portfolio:
                    lines.AddRange(Portfolio(q.AsksWhy, m, previous, t));
                    Use(m.PortfolioSource(t), previous.PortfolioSource(t));
                    if (q.AsksWhy) Use(m.MovementsSource(t), previous.MovementsSource(t), m.FindingsSource(t));
                    break;
                case AssistantTopic.Findings:
                    lines.Add(MonthlySummary.Findings(m, t) + " " + t.T("In {0}: {1} opened, {2} closed.", t.Month(previous.Month), previous.FindingsOpened, previous.FindingsClosed));
                    Use(m.FindingsSource(t), previous.FindingsSource(t));
                    break;
                case AssistantTopic.Contributions:
                    lines.Add(MonthlySummary.Compare(t.T("Tontine contributions"), m.Contributions, previous.Contributions, t) + ".");
                    Use(m.ContributionsSource(t), previous.ContributionsSource(t));
                    break;
                default:
                    var (label, now, before) = MonthlySummary.Amounts(m, previous, t).ElementAt(topic switch
                    {
                        AssistantTopic.Deposits => 0,
                        AssistantTopic.Withdrawals => 1,
                        AssistantTopic.Repayments => 2,
                        _ => 4,
                    });
                    lines.Add(MonthlySummary.Compare(label, now, before, t) + ".");
                    Use(m.MovementsSource(t), previous.MovementsSource(t));
                    break;
            }
        }
        if (m.InProgress) lines.Add(t.T("The month is not over: these are the figures through {0}.", t.Day(m.Through)));
        return (string.Join("\n\n", lines), sources);
    }

    private static IEnumerable<string> Portfolio(bool why, MonthlyFigures m, MonthlyFigures previous, AssistantText t)
    {
        if (m.Portfolio is not { } now)
        {
            yield return t.T("No end of day recorded the portfolio in {0}: its quality that month is not known.", t.Month(m.Month));
            yield break;
        }
        if (previous.Portfolio is not { } before)
        {
            yield return MonthlySummary.Portfolio(m, t);
            yield return t.T("No end of day recorded the portfolio in {0}: its quality that month is not known.", t.Month(previous.Month));
            yield break;
        }
        yield return t.T("PAR30 went from {0} on {1} to {2} on {3}; PAR90 from {4} to {5}.",
            t.Percent(before.Par30), t.Day(before.AsOf), t.Percent(now.Par30), t.Day(now.AsOf), t.Percent(before.Par90), t.Percent(now.Par90));
        if (!why) yield break;
        yield return t.T("The outstanding late more than 30 days went from {0} to {1}, while the whole outstanding went from {2} to {3}: PAR30 is the first over the second.",
            t.Money(before.AtRisk30), t.Money(now.AtRisk30), t.Money(before.Outstanding), t.Money(now.Outstanding));
        yield return MonthlySummary.Compare(t.T("Loan repayments"), m.Repayments, previous.Repayments, t) + ".";
        yield return t.T("Late-repayment findings opened in {0}: {1}.", t.Month(m.Month), m.FindingsOpenedByRule.GetValueOrDefault(AnomalyRule.LateRepayment));
        yield return t.T("These figures say what moved, not which loans moved it: the late-repayment findings and the PAR reports by branch and by agent name them.");
    }
}
