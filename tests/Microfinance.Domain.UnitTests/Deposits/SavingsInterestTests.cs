using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.UnitTests.Deposits;

/// <summary>The figures of docs/savings-interest.md's worked example, computed by hand.</summary>
public sealed class SavingsInterestTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    [Fact]
    public void The_minimum_is_the_lowest_end_of_day_balance_and_a_last_day_deposit_does_not_raise_it()
    {
        (DateOnly, decimal)[] movements =
        [
            (new(2026, 11, 5), 150_000),
            (new(2026, 11, 12), 70_000), // withdrawal of 80 000…
            (new(2026, 11, 12), 80_000), // …and a deposit of 10 000 the same day: the day ends at 80 000
            (new(2026, 11, 13), 110_000),
            (new(2026, 11, 30), 610_000),
        ];

        var minimum = SavingsInterest.MinimumDailyBalance(100_000, November, movements);

        minimum.Should().Be(80_000);
        // 80 000 × 3.5 % × 30 / 365 = 230.14
        SavingsInterest.Amount(minimum, 3.5m, 30, "XOF").Should().Be(230);
    }

    [Fact]
    public void The_opening_balance_counts_only_when_the_first_day_did_not_move()
    {
        SavingsInterest.MinimumDailyBalance(0, November, [(November, 50_000m)]).Should().Be(50_000, "the first day ended at 50 000");
        SavingsInterest.MinimumDailyBalance(0, November, [(November.AddDays(1), 50_000m)]).Should().Be(0, "the first day ended empty");
        SavingsInterest.MinimumDailyBalance(40_000, November, []).Should().Be(40_000, "a month without movement stays at its opening");
    }

    [Fact]
    public void Interest_is_rounded_half_away_from_zero_to_the_currency()
    {
        // 18 250 × 3 % × 31 / 365 = 46.5 exactly
        SavingsInterest.Amount(18_250, 3m, 31, "XOF").Should().Be(47);
        SavingsInterest.Amount(18_250, 3m, 31, "EUR").Should().Be(46.5m);
    }

    [Fact]
    public void Nothing_is_earned_without_a_balance_or_a_rate()
    {
        SavingsInterest.Amount(0, 3.5m, 30, "XOF").Should().Be(0);
        SavingsInterest.Amount(100_000, 0, 30, "XOF").Should().Be(0);
        SavingsInterest.Amount(1_000, 3.5m, 30, "XOF").Should().Be(3, "1 000 × 3.5 % × 30 / 365 = 2.88");
        SavingsInterest.Amount(100, 3.5m, 30, "XOF").Should().Be(0, "0.29 rounds to nothing");
    }
}
