using Microfinance.Domain.Common;
using Microfinance.Domain.Tontines;

namespace Microfinance.Domain.UnitTests.Tontines;

public sealed class TontineParticipantTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static TontineParticipant NewParticipant(decimal dailyAmount = 500, int cycleLengthDays = 31)
    {
        var tontine = new Tontine(Guid.NewGuid(), "Tontine du marché", "TM", 200, 5_000, 1_000, cycleLengthDays, DateTimeOffset.UnixEpoch);
        tontine.Open();
        var adhesion = new TontineAdhesion(tontine, Guid.NewGuid(), Guid.NewGuid(), dailyAmount, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        return new TontineParticipant(tontine, adhesion, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void The_first_cell_of_every_cycle_is_the_commission_and_the_rest_is_saved()
    {
        var participant = NewParticipant();

        var first = participant.Contribute(1, Today);
        first.Should().Be(new ContributionSplit(1, 1, 500, 500, 0));

        var rest = participant.Contribute(30, Today);
        rest.Should().Be(new ContributionSplit(2, 30, 15_000, 0, 15_000));

        // Cell 32 opens cycle 2: its first cell is the commission again.
        var overflow = participant.Contribute(4, Today);
        overflow.Should().Be(new ContributionSplit(32, 4, 2_000, 500, 1_500));
        participant.CellsFilled.Should().Be(35);
        participant.CurrentCycle.Should().Be(2);
        participant.CommissionTotal.Should().Be(1_000);
        participant.SavedBalance.Should().Be(16_500);
    }

    [Fact]
    public void A_contribution_that_crosses_several_cycles_at_once_takes_one_commission_per_cycle_started()
    {
        var participant = NewParticipant(dailyAmount: 200);
        participant.Contribute(5, Today);

        // Cells 6…100: cycles 1 (to 31), 2 (32–62), 3 (63–93) and 4 (94–100); cycles 2, 3 and 4 start inside it.
        var split = participant.Contribute(95, Today);

        split.FirstCell.Should().Be(6);
        split.LastCell.Should().Be(100);
        split.Commission.Should().Be(3 * 200);
        split.Saving.Should().Be(92 * 200);
        participant.CurrentCycle.Should().Be(4);
        participant.CommissionTotal.Should().Be(4 * 200);
    }

    [Theory]
    [InlineData(new[] { 35 })]
    [InlineData(new[] { 1, 30, 1, 3 })]
    [InlineData(new[] { 31, 4 })]
    [InlineData(new[] { 7, 7, 7, 7, 7 })]
    [InlineData(new[] { 2, 29, 4 })]
    public void However_the_cells_are_split_the_commission_is_ceil_k_over_L_days(int[] contributions)
    {
        var participant = NewParticipant(dailyAmount: 1_000);
        foreach (var days in contributions)
            participant.Contribute(days, Today);

        var k = contributions.Sum();
        participant.CellsFilled.Should().Be(k);
        participant.CommissionTotal.Should().Be(Math.Ceiling(k / 31m) * 1_000);
        participant.SavedBalance.Should().Be((k - Math.Ceiling(k / 31m)) * 1_000);
    }

    [Fact]
    public void Every_split_of_every_total_up_to_five_cycles_agrees_with_the_formula()
    {
        const int length = 7;
        var random = new Random(2026);
        for (var trial = 0; trial < 500; trial++)
        {
            var participant = NewParticipant(dailyAmount: 250, cycleLengthDays: length);
            var k = 0;
            decimal commissionTaken = 0;
            while (k < 5 * length)
            {
                var days = random.Next(1, 2 * length);
                commissionTaken += participant.Contribute(days, Today).Commission;
                k += days;
            }
            commissionTaken.Should().Be(BookletArithmetic.CommissionCells(k, length) * 250m);
            participant.CommissionTotal.Should().Be(commissionTaken);
        }
    }

    [Fact]
    public void Cells_are_placed_in_their_cycle()
    {
        BookletArithmetic.CycleOf(31, 31).Should().Be(1);
        BookletArithmetic.CycleOf(32, 31).Should().Be(2);
        BookletArithmetic.PlaceInCycle(32, 31).Should().Be(1);
        BookletArithmetic.KindOf(32, 31).Should().Be(BookletCellKind.Commission);
        BookletArithmetic.KindOf(33, 31).Should().Be(BookletCellKind.Saving);
        BookletArithmetic.CellsOf(3, 31).Should().Be((63L, 93L));
        BookletArithmetic.CommissionCells(0, 31).Should().Be(0);
        BookletArithmetic.CommissionCells(62, 31).Should().Be(2);
        BookletArithmetic.CommissionCells(63, 31).Should().Be(3);
    }

    [Fact]
    public void An_amount_pays_for_whole_days_only()
    {
        var participant = NewParticipant(dailyAmount: 500);

        participant.DaysFor(1_500).Should().Be(3);
        var refused = () => participant.DaysFor(1_200);
        refused.Should().Throw<DomainException>().Which.Code.Should().Be("contribution_not_multiple");
        ((Action)(() => participant.DaysFor(0))).Should().Throw<DomainException>();
    }

    [Fact]
    public void Commissions_are_never_withdrawable()
    {
        var participant = NewParticipant(dailyAmount: 500);
        participant.Contribute(3, Today); // 500 commission, 1 000 saved

        var tooMuch = () => participant.Withdraw(1_500);
        tooMuch.Should().Throw<DomainException>().Which.Code.Should().Be("tontine_insufficient_savings");

        participant.Withdraw(1_000);
        participant.SavedBalance.Should().Be(0);
        participant.WithdrawnTotal.Should().Be(1_000);
        participant.CommissionTotal.Should().Be(500);
    }

    [Fact]
    public void A_closed_participation_takes_no_contribution()
    {
        var participant = NewParticipant();
        participant.Contribute(2, Today);
        participant.Close();

        var refused = () => participant.Contribute(1, Today);
        refused.Should().Throw<DomainException>().Which.Code.Should().Be("participant_not_active");
        participant.Withdraw(500);
        participant.SavedBalance.Should().Be(0);
    }
}
