using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Accounting;

public sealed class JournalEntryTests
{
    private static readonly Guid Institution = Guid.NewGuid();
    private static readonly Guid Cash = Guid.NewGuid();
    private static readonly Guid Deposits = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static JournalEntry Entry(params JournalLine[] lines) =>
        new(Institution, Today, Now, "Dépôt", JournalSource.Deposit, null, lines, "XOF");

    [Fact]
    public void A_balanced_entry_carries_its_lines_and_institution()
    {
        var account = Guid.NewGuid();
        var entry = Entry(JournalLine.DebitOf(Cash, 50_000), JournalLine.CreditOf(Deposits, 50_000, account));

        entry.TotalDebit.Should().Be(50_000);
        entry.TotalCredit.Should().Be(50_000);
        entry.Lines.Should().OnlyContain(l => l.EntryId == entry.Id && l.InstitutionId == Institution);
        entry.Lines.Single(l => l.Credit > 0).DepositAccountId.Should().Be(account);
    }

    [Fact]
    public void An_unbalanced_entry_cannot_exist()
    {
        var act = () => Entry(JournalLine.DebitOf(Cash, 50_000), JournalLine.CreditOf(Deposits, 49_999));
        act.Should().Throw<InvalidOperationException>().WithMessage("*Unbalanced*");
    }

    [Fact]
    public void An_entry_has_at_least_two_lines()
    {
        var act = () => Entry(JournalLine.DebitOf(Cash, 0.0m + 1));
        act.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    public void A_line_has_exactly_one_positive_side(decimal debit, decimal credit)
    {
        var act = () => new JournalLine(Cash, debit, credit);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Francs_have_no_cents()
    {
        var act = () => Entry(JournalLine.DebitOf(Cash, 100.5m), JournalLine.CreditOf(Deposits, 100.5m));
        act.Should().Throw<DomainException>().Which.Code.Should().Be("amount_precision");
    }

    [Fact]
    public void A_reversal_mirrors_every_line_and_links_back()
    {
        var account = Guid.NewGuid();
        var original = Entry(JournalLine.DebitOf(Cash, 8_000), JournalLine.CreditOf(Deposits, 8_000, account));

        var reversal = original.Reverse(Today, Now, "Saisie en double", null, "XOF");

        reversal.ReversesEntryId.Should().Be(original.Id);
        reversal.Source.Should().Be(JournalSource.Reversal);
        reversal.Lines.Single(l => l.GlAccountId == Cash).Credit.Should().Be(8_000);
        reversal.Lines.Single(l => l.GlAccountId == Deposits).Debit.Should().Be(8_000);
        reversal.Lines.Single(l => l.GlAccountId == Deposits).DepositAccountId.Should().Be(account);
        reversal.Description.Should().Contain("Saisie en double");
    }

    [Fact]
    public void The_default_chart_has_every_class_and_each_purpose_once()
    {
        DefaultChartOfAccounts.Accounts.Select(a => a.Code[0]).Distinct().Order().Should().Equal('1', '2', '3', '4', '5', '6', '7');
        DefaultChartOfAccounts.Accounts.Where(a => a.Purpose is not null).Select(a => a.Purpose).Should().OnlyHaveUniqueItems()
            .And.HaveCount(Enum.GetValues<LedgerPurpose>().Length);
        DefaultChartOfAccounts.Accounts.Select(a => a.Code).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("0101")]
    [InlineData("8")]
    [InlineData("10a")]
    public void Gl_codes_start_with_their_class(string code)
    {
        var act = () => new GlAccount(Institution, code, "X", GlAccountType.Asset, Now);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("gl_code_invalid");
    }
}
