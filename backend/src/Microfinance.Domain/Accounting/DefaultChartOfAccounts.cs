namespace Microfinance.Domain.Accounting;

/// <summary>Well-known accounts the postings need, by purpose; institutions may map them to other codes.</summary>
public enum LedgerPurpose
{
    Cash,
    MobileMoney,
    Bank,
    CurrentAccountDeposits,
    SavingsDeposits,
    OpeningFeeIncome,
    DepositInterestExpense,
    LoanPortfolio,
    PenaltiesReceivable,
    LoanInterestIncome,
    LoanFeeIncome,
    PenaltyIncome,
    LoanLossExpense,
    TontineSavings,
    TontineCommissionIncome,
    TontineAdhesionFeeIncome,
    RetainedEarnings,
    CashDifference,
}

/// <summary>
/// The plan every institution starts with, shaped like the BCEAO chart for SFD: 1 treasury and interbank,
/// 2 operations with members, 3 other operations, 4 fixed assets, 5 equity and provisions, 6 expenses, 7 income.
/// </summary>
public static class DefaultChartOfAccounts
{
    public sealed record Line(string Code, string Name, GlAccountType Type, LedgerPurpose? Purpose = null);

    public static readonly IReadOnlyList<Line> Accounts =
    [
        new("101", "Caisse", GlAccountType.Asset, LedgerPurpose.Cash),
        new("104", "Monnaie électronique (mobile money)", GlAccountType.Asset, LedgerPurpose.MobileMoney),
        new("111", "Banques, comptes ordinaires", GlAccountType.Asset, LedgerPurpose.Bank),
        new("201", "Crédits à court terme aux membres", GlAccountType.Asset, LedgerPurpose.LoanPortfolio),
        new("202", "Crédits à moyen terme aux membres", GlAccountType.Asset),
        new("251", "Dépôts à vue des membres", GlAccountType.Liability, LedgerPurpose.CurrentAccountDeposits),
        new("252", "Dépôts d'épargne des membres", GlAccountType.Liability, LedgerPurpose.SavingsDeposits),
        new("253", "Dépôts à terme des membres", GlAccountType.Liability),
        new("254", "Dépôts de tontine des membres", GlAccountType.Liability, LedgerPurpose.TontineSavings),
        new("271", "Créances en souffrance", GlAccountType.Asset),
        new("272", "Pénalités de retard à recevoir", GlAccountType.Asset, LedgerPurpose.PenaltiesReceivable),
        new("371", "Comptes d'attente", GlAccountType.Asset),
        new("372", "Écarts de caisse", GlAccountType.Asset, LedgerPurpose.CashDifference),
        new("381", "Intérêts courus à payer", GlAccountType.Liability),
        new("421", "Matériel et mobilier", GlAccountType.Asset),
        new("511", "Capital social, parts sociales", GlAccountType.Equity),
        new("531", "Réserves", GlAccountType.Equity),
        new("561", "Report à nouveau", GlAccountType.Equity, LedgerPurpose.RetainedEarnings),
        new("571", "Résultat de l'exercice", GlAccountType.Equity),
        new("601", "Intérêts sur dépôts des membres", GlAccountType.Expense, LedgerPurpose.DepositInterestExpense),
        new("631", "Frais de personnel", GlAccountType.Expense),
        new("651", "Pertes sur créances irrécouvrables", GlAccountType.Expense, LedgerPurpose.LoanLossExpense),
        new("661", "Dotations aux provisions", GlAccountType.Expense),
        new("701", "Intérêts sur crédits", GlAccountType.Income, LedgerPurpose.LoanInterestIncome),
        new("702", "Commissions et frais de dossier", GlAccountType.Income, LedgerPurpose.LoanFeeIncome),
        new("703", "Pénalités de retard", GlAccountType.Income, LedgerPurpose.PenaltyIncome),
        new("704", "Frais d'ouverture de compte", GlAccountType.Income, LedgerPurpose.OpeningFeeIncome),
        new("705", "Commissions sur tontines", GlAccountType.Income, LedgerPurpose.TontineCommissionIncome),
        new("706", "Frais d'adhésion aux tontines", GlAccountType.Income, LedgerPurpose.TontineAdhesionFeeIncome),
    ];
}
