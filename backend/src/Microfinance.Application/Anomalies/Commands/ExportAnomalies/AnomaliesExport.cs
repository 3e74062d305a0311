using Microfinance.Application.Reporting;

namespace Microfinance.Application.Anomalies.Commands.ExportAnomalies;

/// <summary>The findings list's export, as the history names it and as its file's columns read.</summary>
public static class AnomaliesExport
{
    public const string Name = "anomalies";
    public const string Title = "Anomalies détectées";

    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        ReportColumn.Date("occurredOn", "Date de la situation"),
        ReportColumn.Text("rule", "Règle"),
        ReportColumn.Text("severity", "Gravité"),
        ReportColumn.Text("status", "Statut"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("subjects", "Objets concernés"),
        ReportColumn.Text("figures", "Chiffres"),
        ReportColumn.Date("firstDetectedOn", "Première détection"),
        ReportColumn.Integer("detectionCount", "Détections"),
        ReportColumn.Text("reviewedBy", "Revue par"),
        ReportColumn.Text("lastComment", "Dernier commentaire"),
    ];
}
