using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The French words of a finding in files (the SPA has its own in its locales, English included).</summary>
public static class AnomalyWords
{
    public static string Rule(string code) => code switch
    {
        AnomalyRule.LateRepayment => "Remboursement en retard",
        AnomalyRule.UnusualAmount => "Montant inhabituel",
        AnomalyRule.Structuring => "Fractionnement sous le seuil",
        AnomalyRule.OffHours => "Hors des heures ouvrables",
        AnomalyRule.NearDuplicate => "Opération en double",
        AnomalyRule.EarlyLargeWithdrawal => "Gros retrait peu après l'ouverture",
        AnomalyRule.DrawerDifference => "Écarts de caisse répétés",
        AnomalyRule.MissingGuarantee => "Prêt sans garantie suffisante",
        AnomalyRule.ReversalRate => "Taux d'extourne élevé",
        AnomalyRule.UnresolvedPayment => "Paiement non résolu",
        _ => code,
    };

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
