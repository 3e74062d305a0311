namespace Microfinance.Application.Reporting;

/// <summary>The transaction explorer's export, as the history names it and as its file's columns read.</summary>
public static class TransactionExplorerExport
{
    public const string Name = "transaction-explorer";
    public const string Title = "Explorateur des transactions";

    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        ReportColumn.Date("valueDate", "Date de valeur"),
        ReportColumn.Text("account", "Compte ou prêt"),
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("type", "Opération"),
        ReportColumn.Text("channel", "Canal"),
        ReportColumn.Text("category", "Catégorie"),
        ReportColumn.Money("credit", "Crédit"),
        ReportColumn.Money("debit", "Débit"),
        ReportColumn.Money("balanceAfter", "Solde après"),
        ReportColumn.Text("reference", "Référence"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("reversed", "Extournée"),
    ];
}
