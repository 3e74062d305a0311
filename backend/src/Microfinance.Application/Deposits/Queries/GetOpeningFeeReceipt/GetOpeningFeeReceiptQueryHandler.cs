using Microfinance.Application.Common.Money;
using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Deposits.Queries.GetOpeningFeeReceipt;

/// <summary>
/// The fee is paid through a channel when the account is activated, not from the account (which starts empty): its
/// receipt comes from the account's record of it, as the SPA's does.
/// </summary>
public sealed class GetOpeningFeeReceiptQueryHandler(DepositReader reader, InstitutionProfile institution, DocumentPrinter printer)
    : IRequestHandler<GetOpeningFeeReceiptQuery, ReportFileDto>
{
    public async Task<ReportFileDto> Handle(GetOpeningFeeReceiptQuery q, CancellationToken cancellationToken)
    {
        var account = await reader.AccountAsync(q.AccountId, cancellationToken);
        if (account is not { OpeningFeePaid: > 0, OpeningFeeEntryNumber: { } entry, ActivatedAt: { } activatedAt })
            throw new DomainException("opening_fee_not_paid", "No opening fee was paid for this account: it has no opening fee receipt.");
        var current = await institution.CurrentAsync(cancellationToken);
        List<DocumentField> fields =
        [
            DocumentField.Text("Reçu n°", $"{entry}"),
            DocumentField.Date("Payés le", current.Today(activatedAt)),
            DocumentField.Text("Compte", $"{account.Number} ({account.ProductName})"),
            DocumentField.Text("Titulaire", $"{account.ClientName} (n° {account.ClientNumber})"),
            DocumentField.Text("Canal", ReportWords.Of(account.OpeningFeeChannel)),
            DocumentField.Money("Frais d'ouverture", account.OpeningFeePaid.Value),
        ];
        return await printer.PrintAsync(new PrintedDocument(
            $"recu-frais-{account.Number}", "Reçu des frais d'ouverture", account.BranchName, [new DocumentFields(null, fields)],
            ["Le client", "L'agent ou le caissier"]), cancellationToken);
    }
}
