using System.Globalization;
using System.Runtime.CompilerServices;
using Microfinance.Application.Accounting;

namespace Microfinance.Application.Reporting.Commands.ExportGeneralLedger;

public sealed class ExportGeneralLedgerCommandHandler(GeneralLedgerReader reader, ReportExporter exporter)
    : IRequestHandler<ExportGeneralLedgerCommand, ReportRunDto>
{
    public async Task<ReportRunDto> Handle(ExportGeneralLedgerCommand c, CancellationToken cancellationToken)
    {
        var ledger = await reader.ReadAsync(c.GlAccountId, c.From, c.To, cancellationToken);
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["glAccountId"] = ledger.Account.Id.ToString(),
            ["from"] = ledger.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = ledger.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        IReadOnlyList<string> filterLines =
            [$"Compte\u00A0: {ledger.Account.Code} {ledger.Account.Name}", ReportFilterLines.Day("Du", ledger.From), ReportFilterLines.Day("Au", ledger.To)];
        IReadOnlyList<ReportTotal> totals =
        [
            new("Solde d'ouverture", ledger.Opening, ColumnKind.Money),
            new("Débits", ledger.Debit, ColumnKind.Money),
            new("Crédits", ledger.Credit, ColumnKind.Money),
            new("Solde de clôture", ledger.Closing, ColumnKind.Money),
        ];
        var export = new ReportExport(GeneralLedgerExport.Name, GeneralLedgerExport.Title, GeneralLedgerExport.Columns, parameters, filterLines,
            _ => Task.FromResult(ledger.Count), _ => Task.FromResult(totals), ct => RowsAsync(ledger, ct));
        return await exporter.ExportAsync(export, c.Format, cancellationToken);
    }

    /// <summary>Every line in order, each with the balance once it is posted, streamed.</summary>
    private static async IAsyncEnumerable<object?[]> RowsAsync(GeneralLedgerReader.Ledger ledger, [EnumeratorCancellation] CancellationToken ct)
    {
        var balance = ledger.Opening;
        await foreach (var line in ledger.Lines.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            balance += ledger.Signed(line.Debit - line.Credit);
            yield return [line.ValueDate, line.Number, line.Description, line.Debit == 0 ? null : line.Debit, line.Credit == 0 ? null : line.Credit, balance];
        }
    }
}
