using Microfinance.Domain.Deposits;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>The French words reports write for the product's enums, as the SPA shows them.</summary>
public static class ReportWords
{
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

    /// <summary>The first day of the period when none is given: the month of <paramref name="today"/>.</summary>
    public static DateOnly StartOfMonth(DateOnly today) => new(today.Year, today.Month, 1);
}
