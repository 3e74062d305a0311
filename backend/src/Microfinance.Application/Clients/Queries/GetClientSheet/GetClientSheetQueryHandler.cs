using Microfinance.Application.Deposits;
using Microfinance.Application.Loans;
using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;

namespace Microfinance.Application.Clients.Queries.GetClientSheet;

public sealed class GetClientSheetQueryHandler(ClientReader clients, DepositReader deposits, LoanReader loans, DocumentPrinter printer)
    : IRequestHandler<GetClientSheetQuery, ReportFileDto>
{
    private static readonly ReportColumn[] AccountColumns =
    [
        ReportColumn.Text("number", "N° de compte"),
        ReportColumn.Text("product", "Produit"),
        ReportColumn.Text("status", "Statut"),
        ReportColumn.Money("balance", "Solde"),
    ];

    private static readonly ReportColumn[] LoanColumns =
    [
        ReportColumn.Text("number", "N° de crédit"),
        ReportColumn.Text("product", "Produit"),
        ReportColumn.Text("status", "Statut"),
        ReportColumn.Date("disbursed", "Décaissé le"),
        ReportColumn.Money("principal", "Montant"),
        ReportColumn.Money("outstanding", "Reste à payer"),
    ];

    /// <summary>The ID document reads as the client's JSON sheet shows it to the same staff, no more.</summary>
    public async Task<ReportFileDto> Handle(GetClientSheetQuery q, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(q.Id, cancellationToken);
        var accounts = await (await deposits.AccountsAsync(cancellationToken)).Where(a => a.ClientId == q.Id).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var credits = await (await loans.LoansAsync(cancellationToken)).Where(l => l.ClientId == q.Id).OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken);

        return await printer.PrintAsync(new PrintedDocument(
            $"fiche-client-{client.Number}", "Fiche client", client.BranchName,
            [
                new DocumentFields("Identité",
                [
                    DocumentField.Text("N° client", client.Number),
                    DocumentField.Text("Nom et prénom", $"{client.LastName} {client.FirstName}"),
                    DocumentField.Text("Sexe", ReportWords.Of(client.Gender)),
                    DocumentField.Date("Date de naissance", client.DateOfBirth),
                    DocumentField.Text("Profession", client.Occupation),
                    DocumentField.Text("Pièce d'identité", client.IdDocumentType is { } type ? $"{ReportWords.Of(type)} n° {client.IdDocumentNumber}" : "Aucune"),
                    DocumentField.Text("Statut", ReportWords.Of(client.Status)),
                ]),
                new DocumentFields("Contact",
                [
                    DocumentField.Text("Téléphone", client.Phone),
                    DocumentField.Text("E-mail", client.Email),
                    DocumentField.Text("Adresse", client.Address),
                    DocumentField.Text("Ville", client.City),
                ]),
                new DocumentFields("Suivi",
                [
                    DocumentField.Text("Agence", client.BranchName),
                    DocumentField.Text("Agent", client.AssignedAgentName ?? "Aucun"),
                    DocumentField.Text("Inscrit le", $"{client.CreatedAt:dd/MM/yyyy}"),
                ]),
                new DocumentTable($"Comptes ({accounts.Count})", AccountColumns,
                    [.. accounts.Select(a => new object?[] { a.Number, a.ProductName, ReportWords.Of(a.Status), a.Balance })],
                    [new("Épargne", accounts.Sum(a => a.Balance), ColumnKind.Money)]),
                new DocumentTable($"Crédits ({credits.Count})", LoanColumns,
                    [.. credits.Select(l => new object?[] { l.Number, l.ProductName, ReportWords.Of(l.Status), l.DisbursementDate, l.Principal, l.Outstanding })],
                    [new("Reste à payer", credits.Sum(l => l.Outstanding), ColumnKind.Money)]),
            ],
            ["Le client", "L'agent"]), cancellationToken);
    }
}
