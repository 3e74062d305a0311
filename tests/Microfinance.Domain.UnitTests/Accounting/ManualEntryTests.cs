using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Accounting;

public sealed class ManualEntryTests
{
    private static readonly Guid Maker = Guid.NewGuid();
    private static readonly Guid Checker = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static ManualEntry Entry(bool needsApproval) => new(Guid.NewGuid(), new DateOnly(2026, 11, 20), " Loyer ", " BAIL-11 ", " ",
        [new ManualEntryLine(Guid.NewGuid(), 75_000, 0, null), new ManualEntryLine(Guid.NewGuid(), 0, 75_000, null)], needsApproval, Maker, Now);

    [Fact]
    public void An_entry_up_to_the_threshold_is_posted_with_its_amount_and_trimmed_words()
    {
        var entry = Entry(needsApproval: false);

        entry.Status.Should().Be(ManualEntryStatus.Posted);
        entry.Amount.Should().Be(75_000);
        (entry.Description, entry.Reference, entry.AttachmentName).Should().Be(("Loyer", "BAIL-11", null));
        entry.JournalLines().Sum(l => l.Debit).Should().Be(75_000);
    }

    [Fact]
    public void Its_author_can_neither_approve_nor_reject_it_and_it_is_decided_once()
    {
        var entry = Entry(needsApproval: true);

        entry.Invoking(e => e.Approve(Maker, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        entry.Invoking(e => e.Reject(Maker, "non", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        entry.Approve(Checker, Now);
        entry.Status.Should().Be(ManualEntryStatus.Posted);
        entry.DecidedBy.Should().Be(Checker);
        entry.Invoking(e => e.Reject(Checker, "trop tard", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("manual_entry_already_decided");
    }

    [Fact]
    public void Only_a_posted_entry_is_reversed_and_only_once()
    {
        var pending = Entry(needsApproval: true);
        pending.Invoking(e => e.Reverse(Guid.NewGuid(), Checker, "x", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("manual_entry_not_posted");

        var posted = Entry(needsApproval: false);
        posted.Reverse(Guid.NewGuid(), Checker, " Doublon ", Now);
        posted.Status.Should().Be(ManualEntryStatus.Reversed);
        posted.ReversalReason.Should().Be("Doublon");
        posted.Invoking(e => e.Reverse(Guid.NewGuid(), Checker, "encore", Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Unbalanced_lines_cannot_make_an_entry()
    {
        var act = () => new ManualEntry(Guid.NewGuid(), new DateOnly(2026, 11, 20), "x", "r", null,
            [new ManualEntryLine(Guid.NewGuid(), 10, 0, null), new ManualEntryLine(Guid.NewGuid(), 0, 9, null)], false, Maker, Now);
        act.Should().Throw<InvalidOperationException>();
    }
}
