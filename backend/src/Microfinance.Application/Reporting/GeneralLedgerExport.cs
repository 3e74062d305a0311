namespace Microfinance.Application.Reporting;

/// <summary>A GL account's general ledger as a file, as the history names it and as its columns read.</summary>
public static class GeneralLedgerExport
{
    public const string Name = "general-ledger";
    public const string Title = "Grand livre";

    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        ReportColumn.Date("valueDate", "Date de valeur"),
        ReportColumn.Integer("entry", "N° écriture"),
        ReportColumn.Text("description", "Libellé"),
        ReportColumn.Money("debit", "Débit"),
        ReportColumn.Money("credit", "Crédit"),
        ReportColumn.Money("balance", "Solde"),
    ];
}
