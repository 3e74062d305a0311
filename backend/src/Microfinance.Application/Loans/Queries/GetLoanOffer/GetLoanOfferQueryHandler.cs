using Microfinance.Application.Common.Money;
using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Documents;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.GetLoanOffer;

public sealed class GetLoanOfferQueryHandler(LoanReader reader, InstitutionProfile institution, DocumentPrinter printer)
    : IRequestHandler<GetLoanOfferQuery, ReportFileDto>
{
    private static readonly LoanStatus[] Offered = [LoanStatus.Draft, LoanStatus.Submitted, LoanStatus.UnderReview, LoanStatus.Recommended, LoanStatus.Approved];

    private static readonly ReportColumn[] Columns =
    [
        ReportColumn.Integer("number", "N°"),
        ReportColumn.Date("dueDate", "Échéance"),
        ReportColumn.Money("principal", "Capital"),
        ReportColumn.Money("interest", "Intérêts"),
        ReportColumn.Money("fees", "Frais"),
        ReportColumn.Money("total", "Total"),
        ReportColumn.Money("outstandingAfter", "Capital restant"),
    ];

    /// <summary>The schedule is the one disbursement would fix today (the simulator's calculator), so offer and loan agree.</summary>
    public async Task<ReportFileDto> Handle(GetLoanOfferQuery q, CancellationToken cancellationToken)
    {
        var printout = await reader.PrintoutAsync(q.Id, cancellationToken);
        var loan = printout.Loan;
        if (!Offered.Contains(loan.Status))
            throw new DomainException("loan_offer_unavailable", "A loan offer is printed before disbursement, for an application still open; this loan is {0}.", loan.Status);
        var today = await institution.TodayAsync(cancellationToken);
        var schedule = ScheduleCalculator.Build(new LoanTerms(loan.Principal, loan.AnnualInterestRatePercent, loan.NumberOfInstallments, loan.Frequency,
            loan.InterestMethod, loan.Amortization, loan.GracePeriods, loan.ProcessingFeePercent), today, await institution.CurrencyAsync(cancellationToken));
        var cost = schedule.TotalInterest + schedule.TotalFees;

        List<DocumentField> terms =
        [
            .. printout.Parties,
            DocumentField.Text("Statut de la demande", ReportWords.Of(loan.Status)),
            DocumentField.Text("Objet", loan.Purpose),
            DocumentField.Money("Montant", loan.Principal),
            DocumentField.Percent("Taux d'intérêt annuel", loan.AnnualInterestRatePercent),
            DocumentField.Text("Durée", $"{loan.NumberOfInstallments} échéance(s), périodicité {ReportWords.Of(loan.Frequency)}"
                + (loan.GracePeriods > 0 ? $", dont {loan.GracePeriods} période(s) de différé en plus" : "")),
            DocumentField.Text("Calcul", $"{ReportWords.Of(loan.InterestMethod)}, {ReportWords.Of(loan.Amortization).ToLowerInvariant()}"),
            DocumentField.Percent("Frais de dossier (% du montant)", loan.ProcessingFeePercent),
            DocumentField.Percent("Taux effectif global (TEG)", schedule.AprPercent),
        ];
        if (loan.Guarantee is not null) terms.Add(DocumentField.Text("Garantie", loan.Guarantee));

        return await printer.PrintAsync(new PrintedDocument(
            $"offre-pret-{loan.Number}", "Offre de prêt", printout.BranchName,
            [
                new DocumentFields(null, terms),
                new DocumentFields("Coût du crédit",
                [
                    DocumentField.Money("Intérêts", schedule.TotalInterest),
                    DocumentField.Money("Frais", schedule.TotalFees),
                    DocumentField.Money("Coût total du crédit", cost),
                    DocumentField.Money("Total à rembourser", loan.Principal + cost),
                ]),
                new DocumentTable($"Échéancier prévisionnel (décaissement le {today:dd/MM/yyyy})", Columns,
                    [.. schedule.Installments.Select(i => new object?[] { i.Number, i.DueDate, i.Principal, i.Interest, i.Fees, i.Total, i.OutstandingAfter })],
                    [
                        new("Total du capital", schedule.TotalPrincipal, ColumnKind.Money),
                        new("Total des intérêts", schedule.TotalInterest, ColumnKind.Money),
                        new("Total des frais", schedule.TotalFees, ColumnKind.Money),
                    ]),
            ],
            ["Le client", "L'agent de crédit", "Le responsable de l'agence"]), cancellationToken);
    }
}
