using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Loans.Queries.GetDisbursementVoucher;

public sealed class GetDisbursementVoucherQueryHandler(IApplicationDbContext db, LoanReader reader, DocumentPrinter printer)
    : IRequestHandler<GetDisbursementVoucherQuery, ReportFileDto>
{
    /// <summary>
    /// A disbursement to an account is that account's LoanDisbursement movement referenced by the loan's number
    /// (LoanPostings.DisburseAsync); without one, the money was handed over in cash.
    /// </summary>
    public async Task<ReportFileDto> Handle(GetDisbursementVoucherQuery q, CancellationToken cancellationToken)
    {
        var printout = await reader.PrintoutAsync(q.Id, cancellationToken);
        var loan = printout.Loan;
        if (loan.DisbursementDate is not { } date)
            throw new DomainException("loan_not_disbursed", "This loan has not been disbursed: it has no disbursement voucher yet (it is {0}).", loan.Status);
        var credited = await (
            from t in db.AccountTransactions
            join a in db.DepositAccounts on t.AccountId equals a.Id
            where t.Type == TransactionType.LoanDisbursement && t.Reference == loan.Number && a.ClientId == loan.ClientId
            select a.Number).FirstOrDefaultAsync(cancellationToken);

        return await printer.PrintAsync(new PrintedDocument(
            $"bordereau-decaissement-{loan.Number}", "Bordereau de décaissement", printout.BranchName,
            [
                new DocumentFields(null,
                [
                    .. printout.Parties,
                    DocumentField.Date("Date du décaissement", date),
                    DocumentField.Money("Montant accordé", loan.Principal),
                    DocumentField.Money("Frais retenus", 0),
                    DocumentField.Text("Mode", credited is null ? "Remis en espèces au guichet" : $"Crédité sur le compte {credited}"),
                    DocumentField.Money(credited is null ? "Montant remis au client" : "Montant crédité", loan.Principal),
                ]),
                new DocumentFields("Conditions",
                [
                    DocumentField.Percent("Taux d'intérêt annuel", loan.AnnualInterestRatePercent),
                    DocumentField.Text("Remboursement", $"{loan.NumberOfInstallments} échéance(s), périodicité {ReportWords.Of(loan.Frequency)}"),
                    DocumentField.Money("Frais de dossier (avec la 1re échéance)", loan.TotalFees),
                    DocumentField.Money("Intérêts prévus", loan.TotalInterest),
                ]),
            ],
            ["Le client", "L'agent", "Le caissier"]), cancellationToken);
    }
}
