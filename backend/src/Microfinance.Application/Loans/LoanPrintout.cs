using Microfinance.Application.Reporting.Documents;

namespace Microfinance.Application.Loans;

/// <summary>A loan with what its printed documents name besides it: the client's number and phone, the branch.</summary>
public sealed record LoanPrintout(LoanDto Loan, string ClientNumber, string ClientPhone, string BranchName)
{
    /// <summary>The lines every loan document opens with: the loan, the client, the product.</summary>
    public IReadOnlyList<DocumentField> Parties =>
    [
        DocumentField.Text("Crédit n°", Loan.Number),
        DocumentField.Text("Client", $"{Loan.ClientName} (n° {ClientNumber}, {ClientPhone})"),
        DocumentField.Text("Produit", Loan.ProductName),
    ];
}
