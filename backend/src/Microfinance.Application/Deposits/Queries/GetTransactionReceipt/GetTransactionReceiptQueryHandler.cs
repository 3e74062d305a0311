using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.GetTransactionReceipt;

public sealed class GetTransactionReceiptQueryHandler(DepositReader reader, IIdentityService identity, DocumentPrinter printer)
    : IRequestHandler<GetTransactionReceiptQuery, ReportFileDto>
{
    public async Task<ReportFileDto> Handle(GetTransactionReceiptQuery q, CancellationToken cancellationToken)
    {
        var movement = await reader.TransactionAsync(q.Id, cancellationToken);
        var account = await reader.AccountAsync(movement.AccountId, cancellationToken);
        var recordedBy = movement.CreatedBy is { } by ? (await identity.GetDisplayNamesAsync([by], cancellationToken)).GetValueOrDefault(by) : null;
        List<DocumentField> fields =
        [
            DocumentField.Text("Reçu n°", $"{movement.JournalEntryNumber}"),
            DocumentField.Text("Opération", ReportWords.Operation(movement)),
            DocumentField.Date("Date de valeur", movement.ValueDate),
            DocumentField.Text("Compte", $"{account.Number} ({account.ProductName})"),
            DocumentField.Text("Titulaire", $"{account.ClientName} (n° {account.ClientNumber})"),
            DocumentField.Money(movement.IsCredit ? "Montant versé" : "Montant retiré", movement.Amount),
            DocumentField.Money("Solde après l'opération", movement.BalanceAfter),
        ];
        if (movement.Reference is not null) fields.Add(DocumentField.Text("Référence", movement.Reference));
        if (movement.CategoryName is not null) fields.Add(DocumentField.Text("Catégorie", movement.CategoryName));
        fields.Add(DocumentField.Text("Enregistré par", recordedBy ?? "Système"));
        if (movement.ReversedAt is { } reversed)
            fields.Add(DocumentField.Text("Contre-passé le", $"{reversed:dd/MM/yyyy} : {movement.ReversalReason}"));

        return await printer.PrintAsync(new PrintedDocument(
            $"recu-{movement.JournalEntryNumber}", TitleOf(movement.Type), account.BranchName, [new DocumentFields(null, fields)],
            ["Le client", "L'agent ou le caissier"]), cancellationToken);
    }

    private static string TitleOf(TransactionType type) => type switch
    {
        TransactionType.Deposit => "Reçu de dépôt",
        TransactionType.Withdrawal => "Reçu de retrait",
        TransactionType.TransferIn or TransactionType.TransferOut => "Avis de virement",
        TransactionType.Interest => "Avis de crédit d'intérêts",
        _ => "Avis d'opération",
    };
}
