using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Reporting;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Reporting;

/// <summary>The French words reports and printed documents write for the product's enums, as the SPA shows them.</summary>
public static class ReportWords
{
    public static string Of(ClientStatus status) => status switch
    {
        ClientStatus.PendingKyc => "Pièce d'identité attendue",
        ClientStatus.Active => "Actif",
        ClientStatus.Suspended => "Suspendu",
        ClientStatus.Closed => "Clôturé",
        _ => status.ToString(),
    };

    public static string Of(DepositAccountStatus status) => status switch
    {
        DepositAccountStatus.Requested => "Demandé",
        DepositAccountStatus.Approved => "Approuvé",
        DepositAccountStatus.Active => "Actif",
        DepositAccountStatus.Closed => "Clôturé",
        DepositAccountStatus.Rejected => "Rejeté",
        _ => status.ToString(),
    };

    public static string Of(LoanStatus status) => status switch
    {
        LoanStatus.Draft => "Brouillon",
        LoanStatus.Submitted => "Soumis",
        LoanStatus.UnderReview => "En examen",
        LoanStatus.Recommended => "Recommandé",
        LoanStatus.Approved => "Approuvé",
        LoanStatus.Rejected => "Rejeté",
        LoanStatus.Cancelled => "Annulé",
        LoanStatus.Active => "En cours",
        LoanStatus.Repaid => "Remboursé",
        LoanStatus.WrittenOff => "Passé en perte",
        _ => status.ToString(),
    };

    public static string Of(CashDrawerStatus status) => status switch
    {
        CashDrawerStatus.Open => "Ouverte",
        CashDrawerStatus.Closed => "Clôturée, à valider",
        CashDrawerStatus.Validated => "Validée",
        _ => status.ToString(),
    };

    public static string Of(Gender gender) => gender == Gender.Female ? "Femme" : "Homme";

    public static string Of(IdDocumentType type) => type switch
    {
        IdDocumentType.NationalIdCard => "Carte nationale d'identité",
        IdDocumentType.Passport => "Passeport",
        IdDocumentType.VoterCard => "Carte d'électeur",
        IdDocumentType.DriverLicense => "Permis de conduire",
        IdDocumentType.ConsularCard => "Carte consulaire",
        _ => "Autre pièce",
    };

    public static string Of(RepaymentFrequency frequency) => frequency switch
    {
        RepaymentFrequency.Monthly => "mensuelle",
        RepaymentFrequency.BiWeekly => "bimensuelle (14 jours)",
        RepaymentFrequency.Weekly => "hebdomadaire",
        RepaymentFrequency.Daily => "quotidienne",
        _ => frequency.ToString(),
    };

    public static string Of(InterestMethod method) => method == InterestMethod.Flat ? "Intérêts fixes (flat)" : "Intérêts dégressifs";

    public static string Of(Amortization amortization) =>
        amortization == Amortization.EqualInstallments ? "Échéances constantes" : "Amortissement constant";

    /// <summary>An account movement's type, in the words of the movement type spelt the same (<see cref="MovementType"/>).</summary>
    public static string Of(TransactionType type) => Of(Enum.Parse<MovementType>(type.ToString()));

    /// <summary>A movement's type (<see cref="Movement"/>): an account movement's, a repayment, a fee.</summary>
    public static string Of(MovementType type) => type switch
    {
        MovementType.Deposit => "Dépôt",
        MovementType.Withdrawal => "Retrait",
        MovementType.TransferIn => "Virement reçu",
        MovementType.TransferOut => "Virement émis",
        MovementType.Reversal => "Contre-passation",
        MovementType.LoanDisbursement => "Décaissement de crédit",
        MovementType.LoanRepayment => "Remboursement de crédit",
        MovementType.OpeningFee => "Frais d'ouverture de compte",
        MovementType.Interest => "Intérêts créditeurs",
        _ => type.ToString(),
    };

    public static string Of(Channel? channel) => channel switch
    {
        Channel.Cash => "Espèces",
        Channel.MobileMoney => "Mobile money",
        Channel.BankTransfer => "Virement bancaire",
        null => "",
        _ => channel.ToString()!,
    };

    /// <summary>A movement in words, for a statement line or a receipt: "Dépôt (Espèces)", "Retrait (Mobile money), contre-passé".</summary>
    public static string Operation(Deposits.TransactionDto movement) =>
        Of(movement.Type) + (movement.Channel is null ? "" : $" ({Of(movement.Channel)})") + (movement.ReversedAt is null ? "" : ", contre-passé");

    /// <summary>The first day of the period when none is given: the month of <paramref name="today"/>.</summary>
    public static DateOnly StartOfMonth(DateOnly today) => new(today.Year, today.Month, 1);
}
