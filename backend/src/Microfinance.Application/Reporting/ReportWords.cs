using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting;

/// <summary>The French words reports write for the product's enums, as the SPA shows them.</summary>
public static class ReportWords
{
    public static string Of(TransactionType type) => type switch
    {
        TransactionType.Deposit => "Dépôt",
        TransactionType.Withdrawal => "Retrait",
        TransactionType.TransferIn => "Virement reçu",
        TransactionType.TransferOut => "Virement émis",
        TransactionType.Reversal => "Contre-passation",
        TransactionType.LoanDisbursement => "Décaissement de crédit",
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
