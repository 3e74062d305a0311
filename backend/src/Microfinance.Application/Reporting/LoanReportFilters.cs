using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting;

/// <summary>The loan reports' filters, one meaning for all: the loan's branch, the agent who originated it, its product.</summary>
public static class LoanReportFilters
{
    public static IQueryable<Loan> LoansOf(this ReportFilters f, IQueryable<Loan> loans)
    {
        if (f.BranchId is { } branch) loans = loans.Where(l => l.BranchId == branch);
        if (f.AgentId is { } agent) loans = loans.Where(l => l.CreatedBy == agent);
        if (f.ProductId is { } product) loans = loans.Where(l => l.ProductId == product);
        return loans;
    }
}
