using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>The accounts a month's savings interest is still to settle: for the job, and for the scheduler that decides whether to send it.</summary>
public static class SavingsInterestQueries
{
    /// <summary>Active accounts of a savings product with a rate whose <paramref name="month"/> (its first day) is not settled yet.</summary>
    public static IQueryable<DepositAccount> UnsettledForInterest(this IApplicationDbContext db, DateOnly month) =>
        db.DepositAccounts
            .Where(a => a.Status == DepositAccountStatus.Active)
            .Where(a => db.DepositProducts.Any(p => p.Id == a.ProductId && p.Kind == DepositProductKind.Savings && p.AnnualInterestRatePercent > 0))
            .Where(a => !db.SavingsInterestPostings.Any(p => p.AccountId == a.Id && p.Month == month));
}
