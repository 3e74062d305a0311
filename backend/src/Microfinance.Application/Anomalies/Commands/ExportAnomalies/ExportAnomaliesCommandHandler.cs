using System.Globalization;
using System.Runtime.CompilerServices;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Reporting;

namespace Microfinance.Application.Anomalies.Commands.ExportAnomalies;

public sealed class ExportAnomaliesCommandHandler(
    IApplicationDbContext db, AnomalyReader reader, ReportExporter exporter, ReportFilterLines lines, InstitutionProfile institution)
    : IRequestHandler<ExportAnomaliesCommand, ReportRunDto>
{
    /// <summary>Findings read per batch, with their names (one query per kind per batch).</summary>
    private const int BatchSize = 500;

    public async Task<ReportRunDto> Handle(ExportAnomaliesCommand c, CancellationToken cancellationToken)
    {
        var q = c.Filters;
        var export = new ReportExport(AnomaliesExport.Name, AnomaliesExport.Title, AnomaliesExport.Columns, Parameters(q),
            await FilterLinesAsync(q, cancellationToken), ct => db.Anomalies.Filtered(q).CountAsync(ct),
            async ct => [new ReportTotal("Anomalies", await db.Anomalies.Filtered(q).CountAsync(ct), ColumnKind.Integer)], ct => RowsAsync(q, ct));
        return await exporter.ExportAsync(export, c.Format, cancellationToken);
    }

    private async IAsyncEnumerable<object?[]> RowsAsync(IAnomalyFilter q, [EnumeratorCancellation] CancellationToken ct)
    {
        var profile = await institution.CurrentAsync(ct);
        for (var page = 1; ; page++)
        {
            var batch = await reader.PageAsync(db.Anomalies.Filtered(q), page, BatchSize, ct);
            foreach (var a in batch.Items)
                yield return [a.OccurredOn, AnomalyWords.Rule(a.Rule), AnomalyWords.Of(a.Severity), AnomalyWords.Of(a.Status), a.BranchName ?? "",
                    a.AgentName ?? "", a.ClientName ?? "", string.Join(", ", a.Subjects.Select(s => s.Label ?? s.Type)),
                    string.Join("; ", a.Figures.Select(f => $"{f.Key}={f.Value}")), profile.Today(a.FirstDetectedAt), a.DetectionCount,
                    a.ReviewedByName ?? "", a.Comments.LastOrDefault()?.Text ?? ""];
            if (batch.Items.Count < BatchSize) yield break;
        }
    }

    /// <summary>The filters given, by their query-string names, as the history keeps them.</summary>
    private static SortedDictionary<string, string> Parameters(IAnomalyFilter q)
    {
        var given = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null)
                given[name] = value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value.ToString()!;
        }
        Add("rule", q.Rule);
        Add("severity", q.Severity);
        Add("status", q.Status);
        Add("branchId", q.BranchId);
        Add("agentId", q.AgentId);
        Add("clientId", q.ClientId);
        Add("from", q.From);
        Add("to", q.To);
        return given;
    }

    private async Task<IReadOnlyList<string>> FilterLinesAsync(IAnomalyFilter q, CancellationToken ct)
    {
        var given = new List<string>();
        if (q.From is { } from) given.Add(ReportFilterLines.Day("Du", from));
        if (q.To is { } to) given.Add(ReportFilterLines.Day("Au", to));
        if (q.Rule is { } rule) given.Add($"Règle\u00A0: {AnomalyWords.Rule(rule)}");
        if (q.Severity is { } severity) given.Add($"Gravité\u00A0: {AnomalyWords.Of(severity)}");
        if (q.Status is { } status) given.Add($"Statut\u00A0: {AnomalyWords.Of(status)}");
        if (q.BranchId is { } branch) given.Add(await lines.BranchAsync(branch, ct));
        if (q.AgentId is { } agent) given.Add(await lines.AgentAsync(agent, ct));
        if (q.ClientId is { } client) given.Add(await lines.ClientAsync(client, ct));
        return given;
    }
}
