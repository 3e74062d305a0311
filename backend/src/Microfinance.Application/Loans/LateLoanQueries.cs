using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

/// <summary>The queries end of day splits the portfolio with: active loans, and the installments that make a loan late.</summary>
public static class LateLoanQueries
{
    public static IQueryable<Loan> Active(this IQueryable<Loan> loans) => loans.Where(l => l.Status == LoanStatus.Active);

    /// <summary>Installments unpaid and due before <paramref name="date"/>: the only source of penalties and arrears (PenaltyRule).</summary>
    public static IQueryable<LoanInstallment> OverdueBefore(this IQueryable<LoanInstallment> installments, DateOnly date) => installments.Where(i => i.DueDate < date
        && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue);
}
