using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The words of a finding outside the SPA (which has its own in its locales): the assistant's and the files'.</summary>
public static class AnomalyWords
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr");

    /// <summary>The rule's name as an English template, its French in fr.json: said by the assistant and written in the files.</summary>
    public static string RuleLabel(string code) => code switch
    {
        AnomalyRule.LateRepayment => "Late repayment",
        AnomalyRule.UnusualAmount => "Unusual amount",
        AnomalyRule.Structuring => "Withdrawals just under the approval threshold",
        AnomalyRule.OffHours => "Operation out of hours or back-dated",
        AnomalyRule.NearDuplicate => "Near-duplicate operations",
        AnomalyRule.EarlyLargeWithdrawal => "Large withdrawal soon after opening",
        AnomalyRule.DrawerDifference => "Repeated cash-drawer differences",
        AnomalyRule.MissingGuarantee => "Loan without its required guarantee or above the savings multiple",
        AnomalyRule.ReversalRate => "Reversal rate far above peers",
        AnomalyRule.UnresolvedPayment => "Payment left unresolved",
        _ => code,
    };

    /// <summary>The rule's name in French, for the files.</summary>
    public static string Rule(string code) => Localizer.Format(RuleLabel(code), [], French);

    public static string Of(AnomalySeverity severity) => severity switch
    {
        AnomalySeverity.High => "Élevée",
        AnomalySeverity.Medium => "Moyenne",
        _ => "Faible",
    };

    public static string Of(AnomalyStatus status) => status switch
    {
        AnomalyStatus.Open => "Ouverte",
        AnomalyStatus.Acknowledged => "Prise en compte",
        AnomalyStatus.Explained => "Expliquée",
        _ => "Écartée",
    };
}
