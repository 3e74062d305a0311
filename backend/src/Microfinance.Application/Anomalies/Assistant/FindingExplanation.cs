using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// A finding explained from its rule, figures and subjects, offline: what was seen, why it matters, what to check.
/// Each sentence of "what was seen" needs its figures and is left out when one is missing (a rule may carry other
/// figures than these templates expect); when none can be written, a generic sentence lists the figures as they are.
/// </summary>
public static class FindingExplanation
{
    public static string Write(AnomalyDto finding, AssistantText t)
    {
        var f = new FindingFigures(finding.Figures);
        var seen = Seen(finding.Rule, f, t).OfType<string>().ToList();
        List<string> paragraphs =
        [
            string.Join(" ", new[] { t.T("{0} (severity {1}), situation of {2}.", RuleName(finding.Rule, t), finding.Severity, t.Day(finding.OccurredOn)), Concerns(finding, t) }.OfType<string>()),
            seen.Count > 0 ? string.Join(" ", seen) : Generic(f, t),
            Why(finding.Rule, t),
            Check(finding.Rule, t),
        ];
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The rule's name as the reader says it.</summary>
    public static string RuleName(string rule, AssistantText t) => t.T(AnomalyWords.RuleLabel(rule));

    /// <summary>Every figure as it is, when the rule's own sentences cannot be written.</summary>
    public static string Generic(FindingFigures f, AssistantText t) =>
        t.T("The figures of this finding: {0}.", t.Semicolons(f.All.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}")));

    private static string? Concerns(AnomalyDto finding, AssistantText t)
    {
        var parts = new List<string>();
        foreach (var subject in finding.Subjects.Where(s => s.Label is { Length: > 0 }))
        {
            if (subject.Type == "Loan") parts.Add(t.T("the loan {0}", subject.Label));
            else if (subject.Type == "DepositAccount") parts.Add(t.T("the account {0}", subject.Label));
        }
        if (finding.ClientName is { } client) parts.Add(t.T("the client {0}", client));
        if (finding.AgentName is { } agent) parts.Add(t.T("the staff member {0}", agent));
        if (finding.BranchName is { } branch) parts.Add(t.T("the branch {0}", branch));
        return parts.Count == 0 ? null : t.T("It concerns {0}.", string.Join(", ", parts));
    }

    private static IEnumerable<string?> Seen(string rule, FindingFigures f, AssistantText t)
    {
        switch (rule)
        {
            case AnomalyRule.LateRepayment:
                yield return f.Day("oldestUnpaidDueDate") is { } due && f.Number("daysLate") is { } days
                    ? t.T("The oldest unpaid installment fell due on {0}: it is {1} days late.", t.Day(due), days) : null;
                yield return f.Number("installmentsLate") is { } late && f.Number("overdueAmount") is { } overdue
                    ? t.T("{0} installment(s) are unpaid past their due date, {1} in all.", late, t.Money(overdue)) : null;
                yield return f.Number("amountAtRisk") is { } risk ? t.T("The principal still to be repaid, at risk, is {0}.", t.Money(risk)) : null;
                break;
            case AnomalyRule.UnusualAmount:
                yield return f.Number("amount") is { } amount && f.Number("median") is { } median
                    ? t.T("An operation of {0} is far from this client's usual amounts (median {1}).", t.Money(amount), t.Money(median)) : null;
                yield return f.Number("zScore") is { } score
                    ? t.T("It lies {0} times the usual spread away from the median (robust z-score).", t.Number(score)) : null;
                yield return f.Number("historyOperations") is { } history ? t.T("The comparison rests on {0} earlier operations.", history) : null;
                break;
            case AnomalyRule.Structuring:
                yield return f.Number("withdrawals") is { } count && f.Number("windowDays") is { } window
                    ? t.T("{0} withdrawals were made within {1} days.", count, window) : null;
                yield return (f.Number("totalAmount") ?? f.Number("total")) is { } total ? t.T("Together they come to {0}.", t.Money(total)) : null;
                yield return (f.Number("approvalThreshold") ?? f.Number("threshold")) is { } threshold
                    ? t.T("Each stayed just under the approval threshold of {0}.", t.Money(threshold)) : null;
                break;
            case AnomalyRule.OffHours:
                yield return f.Instant("recordedAt") is { } at
                    ? t.T("The operation was recorded on {0} at {1}, the institution's time.", t.Local(at).Day, t.Local(at).Time) : null;
                yield return f.Day("valueDate") is { } valued && f.Number("daysBackdated") is { } back && back > 0
                    ? t.T("Its value date, {0}, is {1} days before the day it was recorded.", t.Day(valued), back) : null;
                break;
            case AnomalyRule.NearDuplicate:
                yield return f.Number("amount") is { } same && f.Number("secondsApart") is { } seconds
                    ? t.T("Two operations of the same kind ({0}) and the same amount, {1}, were recorded {2} seconds apart on the same account or loan.",
                        Enum.TryParse<MovementType>(f.Text("type"), out var type) ? type : f.Text("type"), t.Money(same), seconds) : null;
                yield return Enum.TryParse<Channel>(f.Text("channel"), out var channel) ? t.T("Both went through the same channel: {0}.", channel) : null;
                break;
            case AnomalyRule.EarlyLargeWithdrawal:
                yield return f.Number("amount") is { } withdrawn && f.Number("daysAfterOpening") is { } since
                    ? t.T("A withdrawal of {0} was made {1} days after the account was opened.", t.Money(withdrawn), since) : null;
                yield return f.Instant("activatedAt") is { } opened ? t.T("The account was opened on {0}.", t.Local(opened).Day) : null;
                break;
            case AnomalyRule.DrawerDifference:
                yield return f.Number("sessions") is { } sessions && f.Day("firstSessionOn") is { } first && f.Day("lastSessionOn") is { } last
                    ? t.T("{0} cash-drawer sessions of this staff member closed with a difference between {1} and {2}.", sessions, t.Day(first), t.Day(last)) : null;
                yield return f.Number("totalShortfall") is { } shortfall && f.Number("totalSurplus") is { } surplus
                    ? t.T("Cash missing in all: {0}; cash in surplus in all: {1}.", t.Money(shortfall), t.Money(surplus)) : null;
                yield return f.Number("largestDifference") is { } largest ? t.T("The largest difference was {0}.", t.Money(largest)) : null;
                break;
            case AnomalyRule.MissingGuarantee:
                yield return f.Text("reason") == "above_savings_multiple"
                    ? f.Number("principal") is { } lent && f.Number("savingsAtDisbursement") is { } savings && f.Number("maxSavingsMultiple") is { } multiple
                        ? t.T("A loan of {0} was disbursed while the client's savings were {1}: more than {2} times the savings.", t.Money(lent), t.Money(savings), multiple) : null
                    : f.Number("principal") is { } principal && f.Number("guaranteeRequiredAbove") is { } above
                        ? t.T("A loan of {0} was disbursed without a guarantee, though its product requires one above {1}.", t.Money(principal), t.Money(above)) : null;
                yield return f.Day("disbursementDate") is { } disbursed ? t.T("It was disbursed on {0}.", t.Day(disbursed)) : null;
                break;
            case AnomalyRule.ReversalRate:
                yield return f.Number("reversed") is { } reversed && f.Number("operations") is { } operations && f.Number("ratePercent") is { } rate
                    ? t.T("{0} of this staff member's {1} operations were reversed: {2}.", reversed, operations, t.Percent(rate)) : null;
                yield return f.Number("peerMedianPercent") is { } peer && f.Number("peers") is { } peers
                    ? t.T("The usual rate among {0} peers is {1}.", peers, t.Percent(peer)) : null;
                yield return f.Day("windowFrom") is { } from && f.Day("windowTo") is { } to ? t.T("Period: {0} to {1}.", t.Day(from), t.Day(to)) : null;
                break;
            case AnomalyRule.UnresolvedPayment:
                yield return f.Number("amount") is { } paid && f.Number("daysUnresolved") is { } waiting
                    ? t.T("A mobile-money payment of {0} has stayed unresolved for {1} days.", t.Money(paid), waiting) : null;
                yield return f.Text("provider") is { } provider ? t.T("Provider: {0}.", provider) : null;
                break;
        }
    }

    private static string Why(string rule, AssistantText t) => rule switch
    {
        AnomalyRule.LateRepayment => t.T("Why it matters: a loan late beyond 30 days counts in the portfolio at risk (PAR30); the longer it lasts, the less likely the money comes back and the larger the provision it calls for."),
        AnomalyRule.UnusualAmount => t.T("Why it matters: an amount far outside a client's habits can be a keying error (a zero too many), an operation on someone else's behalf, or money whose origin should be known."),
        AnomalyRule.Structuring => t.T("Why it matters: splitting a withdrawal into several just under the threshold avoids the supervisor's approval; it is a classic way around the four-eyes control."),
        AnomalyRule.OffHours => t.T("Why it matters: an operation recorded outside business hours, on a day off or back-dated escapes the usual supervision and can hide a correction made after the fact."),
        AnomalyRule.NearDuplicate => t.T("Why it matters: the same operation recorded twice moves the client's money twice; if the client paid once, the account or the cash is wrong."),
        AnomalyRule.EarlyLargeWithdrawal => t.T("Why it matters: money deposited and taken out soon after an account's opening is a known pattern of accounts used only to pass money through."),
        AnomalyRule.DrawerDifference => t.T("Why it matters: one difference is a mistake; repeated differences for the same person point to poor handling of cash or to money taken."),
        AnomalyRule.MissingGuarantee => t.T("Why it matters: a loan granted outside its product's rules carries a risk the institution did not choose to take, and the credit committee's control was bypassed."),
        AnomalyRule.ReversalRate => t.T("Why it matters: reversals correct mistakes, but a rate far above colleagues' can hide operations recorded and then undone to cover something."),
        AnomalyRule.UnresolvedPayment => t.T("Why it matters: money received or announced by a provider and not posted leaves a client's account or the provider's balance wrong until someone settles it."),
        _ => t.T("Why it matters: the rule found a situation outside what the institution considers normal."),
    };

    private static string Check(string rule, AssistantText t) => rule switch
    {
        AnomalyRule.LateRepayment => t.T("What to check: the client's repayments and any payment received but not posted; call the client and the guarantor; decide with the supervisor on a reminder, a rescheduling or recovery."),
        AnomalyRule.UnusualAmount => t.T("What to check: the receipt and the paper slip, who recorded it, and ask the client where the money comes from or goes."),
        AnomalyRule.Structuring => t.T("What to check: who asked for each withdrawal and who recorded it, whether the client was present, and whether one approval should have covered them."),
        AnomalyRule.OffHours => t.T("What to check: who recorded it and from where, the reason for the date, and whether the supervisor knew."),
        AnomalyRule.NearDuplicate => t.T("What to check: whether the client made two operations or one; if one, reverse the second with its reason."),
        AnomalyRule.EarlyLargeWithdrawal => t.T("What to check: the client's file and identity, where the deposits came from, and who received the cash."),
        AnomalyRule.DrawerDifference => t.T("What to check: each session's count and its explanation, and talk with the staff member and the supervisor."),
        AnomalyRule.MissingGuarantee => t.T("What to check: the loan file, the guarantee documents, who approved it and on what grounds."),
        AnomalyRule.ReversalRate => t.T("What to check: the reasons given for the reversals, which clients they concern, and whether the corrected operations were real."),
        AnomalyRule.UnresolvedPayment => t.T("What to check: the provider's statement for this reference, then post the money or record its refund."),
        _ => t.T("What to check: the operations behind the figures, and who recorded them."),
    };
}
