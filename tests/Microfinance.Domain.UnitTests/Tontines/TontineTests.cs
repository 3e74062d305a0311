using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Tontines;

namespace Microfinance.Domain.UnitTests.Tontines;

public sealed class TontineTests
{
    private static Tontine NewTontine() => new(Guid.NewGuid(), "Tontine du marché", "TM", 200, 5_000, 1_000, 31, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_tontine_goes_from_draft_to_open_to_closed_and_takes_adhesions_only_while_open()
    {
        var tontine = NewTontine();
        ((Action)(() => tontine.EnsureAccepts(500))).Should().Throw<DomainException>().Which.Code.Should().Be("tontine_not_open");

        tontine.Open();
        tontine.EnsureAccepts(500);
        ((Action)tontine.Open).Should().Throw<DomainException>().Which.Code.Should().Be("tontine_not_draft");

        tontine.Close();
        ((Action)(() => tontine.EnsureAccepts(500))).Should().Throw<DomainException>().Which.Code.Should().Be("tontine_not_open");
        ((Action)tontine.Close).Should().Throw<DomainException>();
    }

    [Theory]
    [InlineData(199)]
    [InlineData(5_001)]
    public void A_daily_amount_outside_the_bounds_is_refused_naming_them(decimal dailyAmount)
    {
        var tontine = NewTontine();
        tontine.Open();

        var refused = () => new TontineAdhesion(tontine, Guid.NewGuid(), Guid.NewGuid(), dailyAmount, Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        var error = refused.Should().Throw<DomainException>().Which;
        error.Code.Should().Be("daily_amount_out_of_bounds");
        error.Arguments.Should().Equal(200m, 5_000m);
    }

    [Fact]
    public void The_cycle_length_is_fixed_once_the_tontine_is_open_but_the_other_terms_may_change()
    {
        var tontine = NewTontine();
        tontine.Configure("Tontine du marché", 200, 5_000, 1_000, 30);
        tontine.Open();

        tontine.Configure("Tontine du grand marché", 300, 6_000, 1_500, 30);
        tontine.MinDailyAmount.Should().Be(300);
        var refused = () => tontine.Configure("Tontine du grand marché", 300, 6_000, 1_500, 31);
        refused.Should().Throw<DomainException>().Which.Code.Should().Be("tontine_cycle_fixed");
    }

    [Fact]
    public void An_adhesion_is_validated_or_rejected_once_then_activated_by_its_fee()
    {
        var tontine = NewTontine();
        tontine.Open();
        var adhesion = new TontineAdhesion(tontine, Guid.NewGuid(), Guid.NewGuid(), 500, Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        ((Action)(() => adhesion.Activate(1_000, Channel.Cash, null, Guid.NewGuid(), DateTimeOffset.UnixEpoch)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("adhesion_not_validated");
        adhesion.Validate(Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        ((Action)(() => adhesion.Reject(Guid.NewGuid(), "doublon", DateTimeOffset.UnixEpoch)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("adhesion_already_decided");

        var participantId = Guid.NewGuid();
        adhesion.Activate(1_000, Channel.Cash, Guid.NewGuid(), participantId, DateTimeOffset.UnixEpoch);
        adhesion.Status.Should().Be(TontineAdhesionStatus.Active);
        adhesion.ParticipantId.Should().Be(participantId);
    }

    [Fact]
    public void A_withdrawal_is_decided_by_someone_else_than_its_requester_and_checked_again_when_approved()
    {
        var tontine = NewTontine();
        tontine.Open();
        var adhesion = new TontineAdhesion(tontine, Guid.NewGuid(), Guid.NewGuid(), 1_000, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var participant = new TontineParticipant(tontine, adhesion, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        participant.Contribute(5, new DateOnly(2026, 12, 4)); // 4 000 saved
        var agent = Guid.NewGuid();
        var withdrawal = new TontineWithdrawal(participant, 3_000, agent, DateTimeOffset.UnixEpoch);
        var other = new TontineWithdrawal(participant, 3_000, agent, DateTimeOffset.UnixEpoch);

        ((Action)(() => withdrawal.Approve(participant, agent, DateTimeOffset.UnixEpoch)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        withdrawal.Approve(participant, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        participant.SavedBalance.Should().Be(1_000);

        // Asked for while the savings covered it; they no longer do.
        ((Action)(() => other.Approve(participant, Guid.NewGuid(), DateTimeOffset.UnixEpoch)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("tontine_insufficient_savings");
        ((Action)(() => new TontineWithdrawal(participant, 1_001, agent, DateTimeOffset.UnixEpoch)))
            .Should().Throw<DomainException>().Which.Code.Should().Be("tontine_insufficient_savings");
    }
}
