using Microfinance.Application.Common.Money;
using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;

namespace Microfinance.Application.Deposits.Queries.GetStatementDocument;

public sealed class GetStatementDocumentQueryHandler(DepositReader reader, InstitutionProfile institution, DocumentPrinter printer)
    : IRequestHandler<GetStatementDocumentQuery, ReportFileDto>
{
    private static readonly ReportColumn[] Columns =
    [
        ReportColumn.Date("valueDate", "Date"),
        ReportColumn.Text("operation", "Opération"),
        ReportColumn.Text("reference", "Référence"),
        ReportColumn.Money("debit", "Débit"),
        ReportColumn.Money("credit", "Crédit"),
        ReportColumn.Money("balance", "Solde"),
    ];

    public async Task<ReportFileDto> Handle(GetStatementDocumentQuery q, CancellationToken cancellationToken)
    {
        var account = await reader.AccountAsync(q.AccountId, cancellationToken);
        var to = q.To ?? await institution.TodayAsync(cancellationToken);
        var from = q.From ?? ReportWords.StartOfMonth(to);
        // Checked once the defaults are known: "from" alone may come after today.
        if (to < from) throw new ValidationException("to", "The end of the period comes before its start.");
        if (to.DayNumber - from.DayNumber + 1 > GetStatementDocumentQuery.MaxDays)
            throw new ValidationException("from", "A printed statement covers at most {0} days: print a long period as several statements.", GetStatementDocumentQuery.MaxDays);

        var (opening, closing) = await reader.StatementBalancesAsync(q.AccountId, from, to, cancellationToken);
        var movements = await (await reader.TransactionsAsync(cancellationToken, reader.MovementsBetween(q.AccountId, from, to)))
            .OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        var credits = movements.Where(t => t.IsCredit).Sum(t => t.Amount);
        var debits = movements.Where(t => !t.IsCredit).Sum(t => t.Amount);

        return await printer.PrintAsync(new PrintedDocument(
            $"releve-{account.Number}-{from:yyyyMMdd}-{to:yyyyMMdd}", "Relevé de compte", account.BranchName,
            [
                new DocumentFields(null,
                [
                    DocumentField.Text("Compte", account.Number),
                    DocumentField.Text("Titulaire", $"{account.ClientName} (n° {account.ClientNumber})"),
                    DocumentField.Text("Produit", account.ProductName),
                    DocumentField.Text("Période", $"du {from:dd/MM/yyyy} au {to:dd/MM/yyyy}"),
                ]),
                new DocumentFields("Soldes",
                [
                    DocumentField.Money($"Solde d'ouverture au {from:dd/MM/yyyy}", opening),
                    DocumentField.Money("Total des crédits", credits),
                    DocumentField.Money("Total des débits", debits),
                    DocumentField.Money($"Solde de clôture au {to:dd/MM/yyyy}", closing),
                ]),
                new DocumentTable($"Mouvements ({movements.Count})", Columns,
                    [.. movements.Select(t => new object?[]
                    {
                        t.ValueDate, ReportWords.Operation(t), t.Reference, t.IsCredit ? null : t.Amount, t.IsCredit ? t.Amount : null, t.BalanceAfter,
                    })],
                    [new("Total des débits", debits, ColumnKind.Money), new("Total des crédits", credits, ColumnKind.Money)]),
            ],
            []), cancellationToken);
    }
}
