using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Domain.UnitTests.Loans;

/// <summary>Expected figures are computed by hand from the rules in docs/loan-schedules.md.</summary>
public sealed class ScheduleCalculatorTests
{
    private static readonly DateOnly Disbursed = new(2026, 1, 15);

    private static LoanSchedule Build(decimal principal, decimal rate, int n, RepaymentFrequency frequency = RepaymentFrequency.Monthly,
        InterestMethod method = InterestMethod.DecliningBalance, Amortization amortization = Amortization.EqualInstallments,
        int grace = 0, decimal feePercent = 0, DateOnly? disbursed = null) =>
        ScheduleCalculator.Build(new LoanTerms(principal, rate, n, frequency, method, amortization, grace, feePercent), disbursed ?? Disbursed, "XOF");

    [Fact]
    public void Declining_equal_installments_of_100000_at_12_percent_over_12_months()
    {
        var schedule = Build(100_000, 12, 12);

        // A = 100000 × 0.01 / (1 − 1.01^−12) = 8884.88 → 8885; interest = round(outstanding × 0.01); the last takes the rest.
        schedule.Installments.Select(i => i.Principal).Should().Equal(7885, 7964, 8043, 8124, 8205, 8287, 8370, 8454, 8538, 8624, 8710, 8796);
        schedule.Installments.Select(i => i.Interest).Should().Equal(1000, 921, 842, 761, 680, 598, 515, 431, 347, 261, 175, 88);
        schedule.Installments.Take(11).Should().OnlyContain(i => i.Total == 8885);
        schedule.Installments[^1].Total.Should().Be(8884);
        schedule.Installments.Select(i => i.OutstandingAfter).Should().StartWith([92_115, 84_151]).And.EndWith(0);
        schedule.TotalPrincipal.Should().Be(100_000);
        schedule.TotalInterest.Should().Be(6_619);
    }

    [Fact]
    public void Declining_equal_principal()
    {
        var schedule = Build(100_000, 12, 4, amortization: Amortization.EqualPrincipal);

        schedule.Installments.Select(i => i.Principal).Should().Equal(25_000, 25_000, 25_000, 25_000);
        schedule.Installments.Select(i => i.Interest).Should().Equal(1_000, 750, 500, 250);
    }

    [Fact]
    public void Equal_principal_rounding_residue_goes_to_the_last_installment()
    {
        var schedule = Build(100_000, 12, 3, amortization: Amortization.EqualPrincipal);

        // 100000 / 3 = 33333.33 → 33333, 33333, 33334; interest 1000, round(666.67) = 667, round(333.34) = 333.
        schedule.Installments.Select(i => i.Principal).Should().Equal(33_333, 33_333, 33_334);
        schedule.Installments.Select(i => i.Interest).Should().Equal(1_000, 667, 333);
    }

    [Fact]
    public void Flat_interest_on_the_original_principal()
    {
        var schedule = Build(120_000, 24, 6, method: InterestMethod.Flat);

        // 120000 × 24 % × 6/12 = 14400 → 2400 a month; principal 20000 a month.
        schedule.Installments.Should().OnlyContain(i => i.Principal == 20_000 && i.Interest == 2_400);
        schedule.TotalInterest.Should().Be(14_400);
    }

    [Fact]
    public void Flat_residues_go_to_the_last_installment()
    {
        var schedule = Build(100_000, 10, 3, method: InterestMethod.Flat);

        // Interest round(100000 × 10 % × 3/12) = 2500 → 833, 833, 834; principal 33333, 33333, 33334.
        schedule.Installments.Select(i => i.Interest).Should().Equal(833, 833, 834);
        schedule.Installments.Select(i => i.Principal).Should().Equal(33_333, 33_333, 33_334);
    }

    [Theory]
    [InlineData(InterestMethod.DecliningBalance, Amortization.EqualInstallments)]
    [InlineData(InterestMethod.DecliningBalance, Amortization.EqualPrincipal)]
    [InlineData(InterestMethod.Flat, Amortization.EqualInstallments)]
    public void A_zero_rate_gives_equal_principal_and_no_interest(InterestMethod method, Amortization amortization)
    {
        var schedule = Build(10_000, 0, 3, method: method, amortization: amortization);

        schedule.Installments.Select(i => i.Principal).Should().Equal(3_333, 3_333, 3_334);
        schedule.TotalInterest.Should().Be(0);
        schedule.AprPercent.Should().Be(0);
    }

    [Fact]
    public void One_installment_is_a_bullet_credit()
    {
        var schedule = Build(50_000, 12, 1);

        schedule.Installments.Should().ContainSingle().Which.Should().Be(new ScheduledInstallment(1, new DateOnly(2026, 2, 15), 50_000, 500, 0, 0));
        schedule.AprPercent.Should().Be(12);
    }

    [Fact]
    public void Grace_periods_come_first_and_are_interest_only()
    {
        var schedule = Build(100_000, 12, 3, amortization: Amortization.EqualPrincipal, grace: 2);

        schedule.Installments.Should().HaveCount(5);
        schedule.Installments.Select(i => i.Principal).Should().Equal(0, 0, 33_333, 33_333, 33_334);
        schedule.Installments.Select(i => i.Interest).Should().Equal(1_000, 1_000, 1_000, 667, 333);
        schedule.Installments.Select(i => i.DueDate).Should().Equal(
            new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 15), new DateOnly(2026, 5, 15), new DateOnly(2026, 6, 15));
    }

    [Fact]
    public void Weekly_periods_use_the_rate_over_52_and_seven_day_steps()
    {
        var schedule = Build(52_000, 52, 4, RepaymentFrequency.Weekly, amortization: Amortization.EqualPrincipal);

        schedule.Installments.Select(i => i.Interest).Should().Equal(520, 390, 260, 130);
        schedule.Installments.Select(i => i.DueDate.DayNumber - Disbursed.DayNumber).Should().Equal(7, 14, 21, 28);
    }

    [Fact]
    public void Bi_weekly_periods_are_fourteen_days_at_the_rate_over_26()
    {
        var schedule = Build(26_000, 26, 2, RepaymentFrequency.BiWeekly, amortization: Amortization.EqualPrincipal);

        schedule.Installments.Select(i => i.Interest).Should().Equal(260, 130);
        schedule.Installments.Select(i => i.DueDate.DayNumber - Disbursed.DayNumber).Should().Equal(14, 28);
    }

    [Fact]
    public void Daily_periods_round_half_away_from_zero()
    {
        var schedule = Build(36_500, 36.5m, 2, RepaymentFrequency.Daily, amortization: Amortization.EqualPrincipal);

        // r = 0.001; 36500 × 0.001 = 36.5 → 37; 18250 × 0.001 = 18.25 → 18.
        schedule.Installments.Select(i => i.Interest).Should().Equal(37, 18);
        schedule.Installments.Select(i => i.DueDate).Should().Equal(new DateOnly(2026, 1, 16), new DateOnly(2026, 1, 17));
    }

    [Fact]
    public void Monthly_due_dates_clamp_to_the_months_last_day()
    {
        var schedule = Build(30_000, 0, 3, disbursed: new DateOnly(2026, 1, 31));

        schedule.Installments.Select(i => i.DueDate).Should().Equal(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void The_processing_fee_is_due_with_the_first_installment_and_raises_the_apr()
    {
        var schedule = Build(100_000, 0, 1, feePercent: 1);

        schedule.Installments[0].Fees.Should().Be(1_000);
        schedule.TotalFees.Should().Be(1_000);
        schedule.AprPercent.Should().Be(12, "101000 a month after lending 100000 is 1 % a month");
    }

    [Fact]
    public void The_apr_of_a_fee_free_declining_loan_is_its_nominal_rate()
    {
        Build(1_000_000, 18, 24).AprPercent.Should().BeApproximately(18, 0.05m);
    }

    [Theory]
    [InlineData(100.5, 12, 12)]
    [InlineData(0, 12, 12)]
    [InlineData(1000, 12, 0)]
    [InlineData(1000, -1, 12)]
    public void Impossible_terms_are_refused(decimal principal, decimal rate, int n)
    {
        var act = () => Build(principal, rate, n);
        act.Should().Throw<DomainException>();
    }

    [Fact]
    public void Principal_always_sums_to_the_amount_lent()
    {
        var random = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var principal = random.Next(1, 5_000) * 1_000m + random.Next(0, 999);
            var schedule = Build(principal, random.Next(0, 40), random.Next(1, 60),
                (RepaymentFrequency)random.Next(4), (InterestMethod)random.Next(2), (Amortization)random.Next(2), random.Next(0, 3), random.Next(0, 5));
            schedule.TotalPrincipal.Should().Be(principal);
            schedule.Installments.Should().OnlyContain(i => i.Principal >= 0 && i.Interest >= 0 && i.Principal == decimal.Truncate(i.Principal));
            schedule.Installments[^1].OutstandingAfter.Should().Be(0);
        }
    }
}
