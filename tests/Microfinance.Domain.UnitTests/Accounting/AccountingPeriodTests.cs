using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.UnitTests.Accounting;

public sealed class AccountingPeriodTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_period_is_a_month_named_by_its_first_day()
    {
        var december = new AccountingPeriod(Guid.NewGuid(), new DateOnly(2026, 12, 1));
        december.LastDay.Should().Be(new DateOnly(2026, 12, 31));
        december.IsYearEnd.Should().BeTrue();
        var act = () => new AccountingPeriod(Guid.NewGuid(), new DateOnly(2026, 12, 15));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void It_closes_once_and_reopens_only_when_closed_forgetting_its_year_end_entry()
    {
        var december = new AccountingPeriod(Guid.NewGuid(), new DateOnly(2026, 12, 1));
        december.Invoking(p => p.Reopen(Guid.NewGuid(), "x", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("period_not_closed");
        var yearEnd = Guid.NewGuid();

        december.Close(Guid.NewGuid(), Now, yearEnd);
        december.YearEndEntryId.Should().Be(yearEnd);
        december.Invoking(p => p.Close(Guid.NewGuid(), Now, null)).Should().Throw<DomainException>().Which.Code.Should().Be("period_already_closed");

        december.Reopen(Guid.NewGuid(), " Facture oubliée ", Now);
        december.Status.Should().Be(AccountingPeriodStatus.Open);
        december.ReopenReason.Should().Be("Facture oubliée");
        december.YearEndEntryId.Should().BeNull("its year-end entry was reversed; closing again posts a new one");
    }
}
