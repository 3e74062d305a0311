using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

/// <summary>
/// Every eligibility rule of DOMAIN.md, checked together so a refusal lists every reason: product bounds, the usury
/// cap (on the TEG, fees included), a guarantee above the product's threshold, savings old enough and large enough,
/// and no other loan of the client in arrears.
/// </summary>
public sealed class LoanEligibility(IApplicationDbContext db, InstitutionProfile institution, TimeProvider clock)
{
    public async Task CheckAsync(Guid clientId, LoanProduct product, LoanTerms terms, string? guarantee, Guid? loanId, CancellationToken ct)
    {
        var failures = product.BoundsFailures(terms).ToList();
        var profile = await institution.CurrentAsync(ct);
        var today = await institution.TodayAsync(ct);

        var apr = ScheduleCalculator.Build(terms, today, profile.CurrencyCode).AprPercent;
        if (apr > profile.UsuryCapPercent)
            failures.Add(new("above_usury_cap", "The effective rate ({0} %) is above the usury cap ({1} %).", apr, profile.UsuryCapPercent));
        if (product.GuaranteeRequiredAbove is { } threshold && terms.Principal > threshold && string.IsNullOrWhiteSpace(guarantee))
            failures.Add(new("guarantee_required", "A guarantee is required above {0}.", threshold));

        if (product.MinSavingsAgeDays > 0 || product.MaxAmountToSavingsRatio > 0)
        {
            var savings = await (
                from a in db.DepositAccounts
                join p in db.DepositProducts on a.ProductId equals p.Id
                where a.ClientId == clientId && a.Status == DepositAccountStatus.Active && p.Kind == DepositProductKind.Savings
                select new { a.ActivatedAt, a.Balance }).ToListAsync(ct);
            var oldEnough = clock.GetUtcNow().AddDays(-product.MinSavingsAgeDays);
            if (product.MinSavingsAgeDays > 0 && !savings.Any(s => s.ActivatedAt <= oldEnough))
                failures.Add(new("savings_too_recent", "The client needs a savings account open for at least {0} days.", product.MinSavingsAgeDays));
            var limit = product.MaxAmountToSavingsRatio * savings.Sum(s => s.Balance);
            if (product.MaxAmountToSavingsRatio > 0 && terms.Principal > limit)
                failures.Add(new("amount_above_savings_multiple",
                    "The amount is above {0} × the client's savings ({1}).", product.MaxAmountToSavingsRatio, limit));
        }

        var inArrears = await (
            from i in db.LoanInstallments
            join l in db.Loans on i.LoanId equals l.Id
            where l.ClientId == clientId && l.Id != loanId && l.Status == LoanStatus.Active && i.DueDate < today
                  && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue
            select l.Id).AnyAsync(ct);
        if (inArrears)
            failures.Add(new("loan_in_arrears", "The client has another loan in arrears."));

        if (failures.Count > 0) throw new EligibilityException(failures);
    }
}
