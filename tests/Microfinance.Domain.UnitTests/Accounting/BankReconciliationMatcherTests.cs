using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Accounting;

public sealed class BankReconciliationMatcherTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    private static BankMatchCandidate Journal(decimal movement, int dayOffset, long number, string text = "Dépôt") =>
        new(Guid.NewGuid(), Day.AddDays(dayOffset), movement, number, [text]);

    private static BankMatchSubject Statement(decimal amount, int dayOffset, string? reference = null) =>
        new(Guid.NewGuid(), Day.AddDays(dayOffset), amount, reference);

    [Fact]
    public void The_same_amount_on_the_same_side_within_three_days_matches_the_nearest_date()
    {
        var (far, near, otherSide) = (Journal(50_000, -3, 1), Journal(50_000, 1, 2), Journal(-50_000, 0, 3));
        var line = Statement(50_000, 0);

        var matches = BankReconciliationMatcher.Match([line], [far, near, otherSide]);

        matches.Should().ContainSingle().Which.Should().Be(new BankMatch(line.StatementLineId, near.JournalLineId, false));
        BankReconciliationMatcher.Match([Statement(50_000, 4)], [Journal(50_000, 0, 4)]).Should().BeEmpty("4 days is outside the window");
        BankReconciliationMatcher.Match([Statement(-50_000, 0)], [otherSide]).Should().ContainSingle("money out matches a credit of the bank account");
    }

    [Fact]
    public void The_reference_wins_over_the_date_and_each_journal_line_is_taken_once()
    {
        var (nearer, mentioned) = (Journal(71_000, 0, 10), Journal(71_000, -2, 11, "Virement VIR-A1"));
        var (withReference, withoutReference, third) = (Statement(71_000, 0, "vir-a1"), Statement(71_000, 0), Statement(71_000, 1));

        var matches = BankReconciliationMatcher.Match([withoutReference, withReference, third], [nearer, mentioned]);

        matches.Should().BeEquivalentTo([
            new BankMatch(withReference.StatementLineId, mentioned.JournalLineId, true),
            new BankMatch(withoutReference.StatementLineId, nearer.JournalLineId, false)]);
        BankReconciliationMatcher.Match([Statement(5_000, 0, "#42")], [Journal(5_000, 2, 42), Journal(5_000, 0, 43)])
            .Single().ByReference.Should().BeTrue("a reference naming the entry number points at that entry");
    }

    [Fact]
    public void A_statement_line_matches_only_its_amount_and_side_and_once()
    {
        var line = new BankStatementLine(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2, Day, "Frais", -2_500, null, "f");
        var bank = line.GlAccountId;

        var wrongSide = () => line.Match(Guid.NewGuid(), bank, 2_500, 0, Guid.NewGuid(), DateTimeOffset.UtcNow, false);
        wrongSide.Should().Throw<DomainException>().Which.Code.Should().Be("bank_match_amount_mismatch");
        var otherAccount = () => line.Match(Guid.NewGuid(), Guid.NewGuid(), 0, 2_500, Guid.NewGuid(), DateTimeOffset.UtcNow, false);
        otherAccount.Should().Throw<DomainException>().Which.Code.Should().Be("journal_line_other_account");

        line.Match(Guid.NewGuid(), bank, 0, 2_500, Guid.NewGuid(), DateTimeOffset.UtcNow, false);
        var again = () => line.Match(Guid.NewGuid(), bank, 0, 2_500, Guid.NewGuid(), DateTimeOffset.UtcNow, false);
        again.Should().Throw<DomainException>().Which.Code.Should().Be("bank_line_already_matched");
        line.Unmatch();
        line.MatchedJournalLineId.Should().BeNull();
    }

    [Fact]
    public void A_fingerprint_tells_identical_lines_apart_by_their_occurrence_only()
    {
        var bank = Guid.NewGuid();
        var first = BankStatementLine.FingerprintOf(bank, Day, -2_500, null, "Frais", 1);

        BankStatementLine.FingerprintOf(bank, Day, -2_500, null, "Frais", 1).Should().Be(first);
        BankStatementLine.FingerprintOf(bank, Day, -2_500, null, "Frais", 2).Should().NotBe(first);
        BankStatementLine.FingerprintOf(Guid.NewGuid(), Day, -2_500, null, "Frais", 1).Should().NotBe(first);
        BankStatementLine.FingerprintOf(bank, Day, -2_500.0m, null, "Frais", 1).Should().Be(first, "a scale difference is the same amount");
    }
}
