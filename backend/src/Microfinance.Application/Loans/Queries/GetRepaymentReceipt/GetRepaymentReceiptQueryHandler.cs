using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;

namespace Microfinance.Application.Loans.Queries.GetRepaymentReceipt;

public sealed class GetRepaymentReceiptQueryHandler(IApplicationDbContext db, LoanReader reader, IIdentityService identity, DocumentPrinter printer)
    : IRequestHandler<GetRepaymentReceiptQuery, ReportFileDto>
{
    /// <summary>
    /// The principal left after this repayment is the loan's principal less the principal of every repayment up to it
    /// (reversed ones left out): it stays true whatever came later. "Reste à payer à ce jour" is the loan's outstanding now.
    /// </summary>
    public async Task<ReportFileDto> Handle(GetRepaymentReceiptQuery q, CancellationToken cancellationToken)
    {
        var printout = await reader.PrintoutAsync(q.LoanId, cancellationToken);
        var loan = printout.Loan;
        var repayment = await db.LoanRepayments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == q.RepaymentId && p.LoanId == q.LoanId, cancellationToken)
            ?? throw new NotFoundException("Repayment", q.RepaymentId);
        var principalRepaid = await db.LoanRepayments
            .Where(p => p.LoanId == q.LoanId && p.Sequence <= repayment.Sequence && p.ReversedAt == null).SumAsync(p => p.PrincipalPart, cancellationToken);
        var entry = await db.JournalEntries.Where(e => e.Id == repayment.JournalEntryId).Select(e => e.Number).FirstAsync(cancellationToken);
        var recordedBy = repayment.CreatedBy is { } by ? (await identity.GetDisplayNamesAsync([by], cancellationToken)).GetValueOrDefault(by) : null;

        List<DocumentField> received =
        [
            DocumentField.Text("Reçu n°", $"{loan.Number}-{repayment.Sequence} (écriture {entry})"),
            .. printout.Parties,
            DocumentField.Date("Date du remboursement", repayment.Date),
            DocumentField.Text("Canal", ReportWords.Of(repayment.Channel)),
            DocumentField.Money("Montant reçu", repayment.Amount),
        ];
        if (repayment.Reference is not null) received.Add(DocumentField.Text("Référence", repayment.Reference));
        received.Add(DocumentField.Text("Enregistré par", recordedBy ?? "Paiement mobile confirmé"));
        if (repayment.ReversedAt is { } reversed)
            received.Add(DocumentField.Text("Contre-passé le", $"{reversed:dd/MM/yyyy} : {repayment.ReversalReason}"));

        List<DocumentField> after = [DocumentField.Money("Capital restant dû après ce remboursement", loan.Principal - principalRepaid),
            DocumentField.Money("Reste à payer à ce jour", loan.Outstanding)];
        if (loan.NextDueDate is { } next)
            after.AddRange([DocumentField.Date("Prochaine échéance", next), DocumentField.Money("Montant de la prochaine échéance", loan.NextDueAmount ?? 0)]);

        return await printer.PrintAsync(new PrintedDocument(
            $"recu-remboursement-{loan.Number}-{repayment.Sequence}", "Reçu de remboursement de crédit", printout.BranchName,
            [
                new DocumentFields(null, received),
                new DocumentFields("Imputation",
                [
                    DocumentField.Money("Pénalités", repayment.PenaltiesPart),
                    DocumentField.Money("Frais", repayment.FeesPart),
                    DocumentField.Money("Intérêts", repayment.InterestPart),
                    DocumentField.Money("Capital", repayment.PrincipalPart),
                ]),
                new DocumentFields("Situation du crédit", after),
            ],
            ["Le client", "L'agent ou le caissier"]), cancellationToken);
    }
}
