using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;

namespace Microfinance.Domain.UnitTests.Payments;

public sealed class PaymentIntentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static PaymentIntent Intent(decimal amount = 5_000) =>
        new(Guid.NewGuid(), Guid.NewGuid(), PaymentPurpose.Deposit, Guid.NewGuid(), Guid.NewGuid(), amount, "XOF", "+22997000000", Guid.NewGuid(), Guid.NewGuid(), Now);

    [Fact]
    public void A_matching_confirmation_is_to_be_posted_and_posting_settles_it()
    {
        var intent = Intent();

        intent.Confirm("TX1", 5_000, "XOF", Now).Should().BeTrue();
        intent.Status.Should().Be(PaymentStatus.Pending, "nothing is settled until the posting is done in the same transaction");
        var operation = Guid.NewGuid();
        intent.MarkPosted(operation, Now);

        intent.Status.Should().Be(PaymentStatus.Succeeded);
        intent.PostedOperationId.Should().Be(operation);
        intent.ProviderTransactionId.Should().Be("TX1");
        intent.Events.Select(e => e.Kind).Should().Equal(PaymentEventKind.Created, PaymentEventKind.Verified, PaymentEventKind.Posted);
    }

    [Theory]
    [InlineData(4_999, "XOF", "amount_mismatch")]
    [InlineData(5_000, "XAF", "currency_mismatch")]
    public void A_confirmation_that_differs_flags_it(decimal amount, string currency, string reason)
    {
        var intent = Intent();

        intent.Confirm("TX1", amount, currency, Now).Should().BeFalse();

        intent.Status.Should().Be(PaymentStatus.Flagged);
        intent.FlagReason.Should().Be(reason);
        intent.ReceivedAmount.Should().Be(amount);
    }

    [Fact]
    public void Only_a_pending_intent_takes_a_confirmation_a_failure_or_an_expiry()
    {
        var intent = Intent();
        intent.Expire(Now);

        intent.Invoking(i => i.Confirm("TX1", 5_000, "XOF", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("payment_not_pending");
        intent.Invoking(i => i.Fail("TX1", null, Now)).Should().Throw<DomainException>();
        intent.Invoking(i => i.Expire(Now)).Should().Throw<DomainException>();
        intent.Status.Should().Be(PaymentStatus.Expired);
    }

    [Fact]
    public void A_flagged_intent_is_resolved_once_by_posting_or_by_refund()
    {
        var posted = Intent();
        posted.Confirm("TX1", 4_900, "XOF", Now);
        posted.Resolve(PaymentResolution.Post, "Écart de frais", Guid.NewGuid(), Now);
        posted.MarkPosted(Guid.NewGuid(), Now);
        posted.Status.Should().Be(PaymentStatus.Succeeded);

        var refunded = Intent();
        refunded.Confirm("TX2", 4_900, "XOF", Now);
        refunded.Resolve(PaymentResolution.Refunded, "Remboursé", Guid.NewGuid(), Now);
        refunded.Status.Should().Be(PaymentStatus.Refunded);
        refunded.Invoking(i => i.Resolve(PaymentResolution.Post, "encore", Guid.NewGuid(), Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("payment_not_flagged");
        refunded.Invoking(i => i.MarkPosted(Guid.NewGuid(), Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void A_refused_posting_flags_the_intent_with_the_rule_that_refused_it()
    {
        var intent = Intent();
        intent.Confirm("TX1", 5_000, "XOF", Now);

        intent.FlagPostingRefused("account_status_conflict", Now);

        intent.Status.Should().Be(PaymentStatus.Flagged);
        intent.FlagReason.Should().Be("account_status_conflict");
    }

    [Fact]
    public void An_orphan_is_resolved_once_and_a_posted_resolution_names_its_operation()
    {
        var orphan = new OrphanPayment(Guid.NewGuid(), Guid.NewGuid(), "TX9", "nothing", 1_000, "XOF", null, OrphanReason.UnknownIntent, Now);

        orphan.Invoking(o => o.Resolve(PaymentResolution.Post, "?", null, Guid.NewGuid(), Now)).Should().Throw<InvalidOperationException>();
        orphan.Resolve(PaymentResolution.Refunded, "Remboursé par l'agrégateur", null, Guid.NewGuid(), Now);

        orphan.Status.Should().Be(OrphanPaymentStatus.Resolved);
        orphan.Invoking(o => o.Resolve(PaymentResolution.Refunded, "encore", null, Guid.NewGuid(), Now))
            .Should().Throw<DomainException>().Which.Code.Should().Be("orphan_already_resolved");
    }
}
