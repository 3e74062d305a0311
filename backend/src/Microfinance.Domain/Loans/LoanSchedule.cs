using Microfinance.Domain.Common;

namespace Microfinance.Domain.Loans;

/// <summary>The terms a schedule is computed from.</summary>
public sealed record LoanTerms(
    decimal Principal,
    decimal AnnualInterestRatePercent,
    int NumberOfInstallments,
    RepaymentFrequency Frequency,
    InterestMethod InterestMethod,
    Amortization Amortization,
    int GracePeriods = 0,
    decimal ProcessingFeePercent = 0);

public sealed record ScheduledInstallment(int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fees, decimal OutstandingAfter)
{
    public decimal Total => Principal + Interest + Fees;
}

public sealed record LoanSchedule(IReadOnlyList<ScheduledInstallment> Installments, decimal AprPercent)
{
    public decimal TotalPrincipal => Installments.Sum(i => i.Principal);
    public decimal TotalInterest => Installments.Sum(i => i.Interest);
    public decimal TotalFees => Installments.Sum(i => i.Fees);
}

/// <summary>
/// Exact schedules (docs/loan-schedules.md). Every computed amount is rounded half away from zero to the currency's
/// unit and the last installment absorbs the residue, so principal always sums to the loan amount.
/// Grace periods come first and are interest-only; the <see cref="LoanTerms.NumberOfInstallments"/> amortising
/// installments follow. The processing fee is due with the first installment.
/// </summary>
public static class ScheduleCalculator
{
    public static LoanSchedule Build(LoanTerms terms, DateOnly disbursementDate, string currency)
    {
        Validate(terms, currency);
        var periodsPerYear = terms.Frequency.PeriodsPerYear();
        var rate = terms.AnnualInterestRatePercent / 100m / periodsPerYear;
        var n = terms.NumberOfInstallments;
        var g = terms.GracePeriods;
        decimal Round(decimal amount) => Currencies.Round(amount, currency);

        var principals = new decimal[g + n];
        var interests = new decimal[g + n];
        var outstanding = terms.Principal;

        if (terms.InterestMethod == InterestMethod.Flat)
        {
            var totalInterest = Round(terms.Principal * terms.AnnualInterestRatePercent / 100m * (n + g) / periodsPerYear);
            Spread(totalInterest, interests, 0, g + n, Round);
            Spread(terms.Principal, principals, g, n, Round);
        }
        else
        {
            var equalPrincipal = terms.Amortization == Amortization.EqualPrincipal || rate == 0;
            var installment = equalPrincipal ? 0 : Round(terms.Principal * rate / (1 - Pow(1 + rate, -n)));
            var principalShare = Round(terms.Principal / n);
            for (var k = 0; k < g + n; k++)
            {
                interests[k] = Round(outstanding * rate);
                if (k < g) continue;
                var last = k == g + n - 1;
                principals[k] = last ? outstanding : Math.Min(outstanding, equalPrincipal ? principalShare : installment - interests[k]);
                outstanding -= principals[k];
            }
        }

        var fee = Round(terms.Principal * terms.ProcessingFeePercent / 100m);
        var installments = new List<ScheduledInstallment>(g + n);
        outstanding = terms.Principal;
        for (var k = 0; k < g + n; k++)
        {
            outstanding -= principals[k];
            installments.Add(new ScheduledInstallment(k + 1, terms.Frequency.DueDate(disbursementDate, k + 1), principals[k], interests[k],
                k == 0 ? fee : 0, outstanding));
        }
        if (installments.Sum(i => i.Principal) != terms.Principal || outstanding != 0)
            throw new InvalidOperationException("Schedule principal does not sum to the loan amount.");
        return new LoanSchedule(installments, AprPercent(terms.Principal, installments.Select(i => i.Total).ToList(), periodsPerYear));
    }

    /// <summary>
    /// The effective annual rate including fees (TEG): the periodic rate that discounts the installments to the amount
    /// lent, times the periods per year, in percent to two decimals.
    /// </summary>
    public static decimal AprPercent(decimal principal, IReadOnlyList<decimal> payments, int periodsPerYear)
    {
        var p = (double)principal;
        double PresentValue(double r)
        {
            double pv = 0, discount = 1;
            foreach (var payment in payments)
            {
                discount /= 1 + r;
                pv += (double)payment * discount;
            }
            return pv;
        }
        if (PresentValue(0) <= p) return 0;
        double low = 0, high = 1;
        while (PresentValue(high) > p) high *= 2;
        for (var i = 0; i < 200 && high - low > 1e-12; i++)
        {
            var mid = (low + high) / 2;
            if (PresentValue(mid) > p) low = mid; else high = mid;
        }
        return Math.Round((decimal)((low + high) / 2 * periodsPerYear * 100), 2, MidpointRounding.AwayFromZero);
    }

    private static void Spread(decimal total, decimal[] into, int from, int count, Func<decimal, decimal> round)
    {
        var share = round(total / count);
        for (var k = from; k < from + count - 1; k++) into[k] = share;
        into[from + count - 1] = total - share * (count - 1);
    }

    /// <summary>(1 + r)^e in decimal, exact for the integer exponents schedules use.</summary>
    private static decimal Pow(decimal value, int exponent)
    {
        var result = 1m;
        var factor = exponent < 0 ? 1 / value : value;
        for (var i = Math.Abs(exponent); i > 0; i--) result *= factor;
        return result;
    }

    private static void Validate(LoanTerms terms, string currency)
    {
        if (terms.Principal <= 0 || !Currencies.FitsMinorUnit(terms.Principal, currency))
            throw new DomainException("loan_amount_invalid", "The principal must be positive in whole units of {0}.", currency);
        if (terms.NumberOfInstallments is < 1 or > 1000)
            throw new DomainException("loan_term_invalid", "A loan has 1 to 1000 installments.");
        if (terms.GracePeriods < 0 || terms.GracePeriods >= terms.NumberOfInstallments + 1000)
            throw new DomainException("loan_term_invalid", "Grace periods cannot be negative.");
        if (terms.AnnualInterestRatePercent is < 0 or > 1000 || terms.ProcessingFeePercent is < 0 or > 100)
            throw new DomainException("loan_rate_invalid", "Rates are percentages between 0 and 1000 (fees up to 100).");
    }
}
