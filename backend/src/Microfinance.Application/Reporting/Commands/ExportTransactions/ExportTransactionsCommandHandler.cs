using System.Globalization;
using System.Runtime.CompilerServices;
using Microfinance.Application.Deposits;
using Microfinance.Application.Deposits.Queries.ListTransactions;

namespace Microfinance.Application.Reporting.Commands.ExportTransactions;

public sealed class ExportTransactionsCommandHandler(TransactionExplorer explorer, ReportExporter exporter, ReportNames names, ReportFilterLines lines)
    : IRequestHandler<ExportTransactionsCommand, ReportRunDto>
{
    public async Task<ReportRunDto> Handle(ExportTransactionsCommand c, CancellationToken cancellationToken)
    {
        var q = c.Filters;
        var export = new ReportExport(TransactionExplorerExport.Name, TransactionExplorerExport.Title, TransactionExplorerExport.Columns, Parameters(q),
            await FilterLinesAsync(q, cancellationToken), ct => explorer.Filtered(q).CountAsync(ct), ct => TotalsAsync(q, ct), ct => RowsAsync(q, ct));
        return await exporter.ExportAsync(export, c.Format, cancellationToken);
    }

    private async IAsyncEnumerable<object?[]> RowsAsync(ListTransactionsQuery q, [EnumeratorCancellation] CancellationToken ct)
    {
        var named = await names.LoadAsync(explorer.Filtered(q).Select(t => t.CreatedBy), ct);
        await foreach (var t in (await explorer.SortedAsync(q, ct)).AsAsyncEnumerable().WithCancellation(ct))
            yield return [t.ValueDate, t.AccountNumber ?? t.LoanNumber, t.ClientName, ReportWords.Of(t.Type), ReportWords.Of(t.Channel), t.CategoryName ?? "",
                t.IsCredit ? t.Amount : null, t.IsCredit ? null : t.Amount, t.BalanceAfter, t.Reference ?? "", named.Agent(t.CreatedBy),
                t.ReversedAt is null ? "Non" : "Oui"];
    }

    private async Task<IReadOnlyList<ReportTotal>> TotalsAsync(ListTransactionsQuery q, CancellationToken ct)
    {
        var selected = explorer.Filtered(q);
        return
        [
            new("Mouvements", await selected.CountAsync(ct), ColumnKind.Integer),
            new("Crédits", await selected.Where(t => t.IsCredit).SumAsync(t => t.Amount, ct), ColumnKind.Money),
            new("Débits", await selected.Where(t => !t.IsCredit).SumAsync(t => t.Amount, ct), ColumnKind.Money),
        ];
    }

    /// <summary>The filters and sort given, by their query-string names, as the history keeps them.</summary>
    private static SortedDictionary<string, string> Parameters(ListTransactionsQuery q)
    {
        var given = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null)
                given[name] = value switch
                {
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    bool b => b ? "true" : "false",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString()!,
                };
        }
        Add("clientId", q.ClientId);
        Add("accountId", q.AccountId);
        Add("from", q.From);
        Add("to", q.To);
        Add("type", q.Type);
        Add("channel", q.Channel);
        Add("minAmount", q.MinAmount);
        Add("maxAmount", q.MaxAmount);
        Add("branchId", q.BranchId);
        Add("agentId", q.AgentId);
        Add("reversed", q.Reversed);
        Add("categoryId", q.CategoryId);
        Add("categorized", q.Categorized);
        Add("sort", q.Sort);
        return given;
    }

    private async Task<IReadOnlyList<string>> FilterLinesAsync(ListTransactionsQuery q, CancellationToken ct)
    {
        var given = new List<string>();
        if (q.From is { } from) given.Add(ReportFilterLines.Day("Du", from));
        if (q.To is { } to) given.Add(ReportFilterLines.Day("Au", to));
        if (q.ClientId is { } client) given.Add(await lines.ClientAsync(client, ct));
        if (q.AccountId is { } account) given.Add(await lines.AccountAsync(account, ct));
        if (q.Type is { } type) given.Add($"Opération\u00A0: {ReportWords.Of(type)}");
        if (q.Channel is { } channel) given.Add($"Canal\u00A0: {ReportWords.Of(channel)}");
        if (q.MinAmount is { } min) given.Add($"Montant minimum\u00A0: {min.ToString(CultureInfo.InvariantCulture)}");
        if (q.MaxAmount is { } max) given.Add($"Montant maximum\u00A0: {max.ToString(CultureInfo.InvariantCulture)}");
        if (q.BranchId is { } branch) given.Add(await lines.BranchAsync(branch, ct));
        if (q.AgentId is { } agent) given.Add(await lines.AgentAsync(agent, ct));
        if (q.Reversed is { } reversed) given.Add($"Extournées\u00A0: {(reversed ? "Oui" : "Non")}");
        if (q.CategoryId is { } category) given.Add(await lines.CategoryAsync(category, ct));
        if (q.Categorized is { } categorized) given.Add($"Catégorie\u00A0: {(categorized ? "Toute catégorie" : "Sans catégorie")}");
        return given;
    }
}
