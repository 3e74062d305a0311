using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.UnitTests.Deposits;

public sealed class DepositAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();

    private static DepositAccount Requested() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AccountNumber.Create("COT", 1), Agent, Now);

    private static DepositAccount Active()
    {
        var account = Requested();
        account.Approve(Supervisor, Now);
        account.Activate(Now);
        return account;
    }

    [Fact]
    public void The_lifecycle_is_requested_approved_active_closed()
    {
        var account = Requested();
        account.Status.Should().Be(DepositAccountStatus.Requested);
        account.Approve(Supervisor, Now);
        account.Status.Should().Be(DepositAccountStatus.Approved);
        account.ApprovedBy.Should().Be(Supervisor);
        account.Activate(Now);
        account.Status.Should().Be(DepositAccountStatus.Active);
        account.Close(Now);
        account.Status.Should().Be(DepositAccountStatus.Closed);
    }

    [Fact]
    public void The_requester_cannot_approve()
    {
        var account = Requested();
        account.Invoking(a => a.Approve(Agent, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
    }

    [Fact]
    public void Steps_cannot_be_skipped()
    {
        var account = Requested();
        account.Invoking(a => a.Activate(Now)).Should().Throw<DomainException>().Which.Code.Should().Be("account_status_conflict");
        account.Invoking(a => a.Credit(100, Today)).Should().Throw<DomainException>();
        account.Invoking(a => a.Close(Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Credits_and_debits_move_the_balance_and_number_the_movements()
    {
        var account = Active();

        account.Credit(50_000, Today).Should().Be(1);
        account.Debit(20_000, Today, floor: 5_000).Should().Be(2);

        account.Balance.Should().Be(30_000);
        account.LastSequence.Should().Be(2);
    }

    [Fact]
    public void A_debit_never_goes_below_the_floor_and_changes_nothing_when_refused()
    {
        var account = Active();
        account.Credit(10_000, Today);

        account.Invoking(a => a.Debit(5_001, Today, floor: 5_000)).Should().Throw<DomainException>().Which.Code.Should().Be("insufficient_funds");

        account.Balance.Should().Be(10_000);
        account.LastSequence.Should().Be(1);
        account.Debit(5_000, Today, floor: 5_000);
        account.Balance.Should().Be(5_000);
    }

    [Fact]
    public void Value_dates_never_go_back_on_an_account()
    {
        var account = Active();
        account.Credit(1_000, Today);

        account.Invoking(a => a.Credit(1_000, Today.AddDays(-1))).Should().Throw<DomainException>().Which.Code.Should().Be("value_date_before_last_movement");
        account.Credit(1_000, Today);
        account.Balance.Should().Be(2_000);
    }

    [Fact]
    public void Only_an_empty_account_closes()
    {
        var account = Active();
        account.Credit(1, Today);
        account.Invoking(a => a.Close(Now)).Should().Throw<DomainException>().Which.Code.Should().Be("balance_not_zero");
    }

    [Fact]
    public void Amounts_are_positive_whatever_the_direction()
    {
        var account = Active();
        account.Invoking(a => a.Credit(0, Today)).Should().Throw<InvalidOperationException>();
        account.Invoking(a => a.Debit(-5, Today, 0)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_withdrawal_request_is_decided_once_by_someone_else()
    {
        var request = new WithdrawalRequest(Guid.NewGuid(), Guid.NewGuid(), 600_000, Channel.Cash, null, null, Agent, Now);

        request.Invoking(r => r.Approve(Agent, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        request.Approve(Supervisor, Now);
        request.RecordPosting(Guid.NewGuid());
        request.Status.Should().Be(WithdrawalRequestStatus.Approved);
        request.Invoking(r => r.Reject(Supervisor, "non", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("withdrawal_already_decided");
    }

    [Theory]
    [InlineData(500_000, false)]
    [InlineData(500_001, true)]
    public void The_product_threshold_decides_which_withdrawals_wait(decimal amount, bool waits)
    {
        var product = new DepositProduct(Guid.NewGuid(), "EP", DepositProductKind.Savings,
            new DepositProductTerms("Épargne", 3.5m, 5_000, 2_000, 500_000, false),
            new DepositProductLedger(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), Now);

        product.NeedsApproval(amount).Should().Be(waits);
    }

    [Fact]
    public void Current_accounts_earn_no_interest()
    {
        var act = () => new DepositProduct(Guid.NewGuid(), "CC", DepositProductKind.Current,
            new DepositProductTerms("Courant", 1m, 0, 0, null, true), new DepositProductLedger(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), Now);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("product_terms_invalid");
    }
}
