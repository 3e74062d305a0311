using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Domain.UnitTests.Loans;

public sealed class LoanTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Disbursed = new(2026, 1, 15);
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly Guid Admin = Guid.NewGuid();

    /// <summary>100 000 at 12 % over 4 months, equal principal: 25 000 a month with interest 1000, 750, 500, 250; fee 1 %.</summary>
    private static readonly LoanTerms Terms = new(100_000, 12, 4, RepaymentFrequency.Monthly, InterestMethod.DecliningBalance, Amortization.EqualPrincipal, 0, 1);

    private static Loan Draft() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "PR-000001", Terms, "Stock de pagnes", null, Agent, Now);

    private static Loan Approved()
    {
        var loan = Draft();
        loan.Submit();
        loan.Review(Supervisor, null);
        loan.Recommend(Supervisor);
        loan.Approve(Admin, Now);
        return loan;
    }

    private static Loan Active()
    {
        var loan = Approved();
        loan.Disburse(Disbursed, "XOF");
        return loan;
    }

    [Fact]
    public void The_application_goes_draft_submitted_under_review_recommended_approved()
    {
        var loan = Draft();
        loan.Submit();
        loan.Status.Should().Be(LoanStatus.Submitted);
        loan.Review(Supervisor, Terms with { NumberOfInstallments = 5 });
        loan.Status.Should().Be(LoanStatus.UnderReview);
        loan.NumberOfInstallments.Should().Be(5, "the supervisor may change the terms");
        loan.Recommend(Supervisor);
        loan.Approve(Admin, Now);
        loan.Status.Should().Be(LoanStatus.Approved);
        loan.DecidedBy.Should().Be(Admin);
    }

    [Fact]
    public void Neither_the_creator_nor_the_recommender_decides()
    {
        var loan = Draft();
        loan.Submit();
        loan.Review(Supervisor, null);
        loan.Recommend(Supervisor);

        loan.Invoking(l => l.Approve(Supervisor, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        loan.Invoking(l => l.Reject(Agent, "non", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("maker_checker");
        loan.Reject(Admin, "Capacité de remboursement insuffisante", Now);
        loan.Status.Should().Be(LoanStatus.Rejected);
    }

    [Fact]
    public void Steps_cannot_be_skipped_and_a_returned_application_goes_back_to_draft()
    {
        var loan = Draft();
        loan.Invoking(l => l.Recommend(Supervisor)).Should().Throw<DomainException>().Which.Code.Should().Be("loan_status_conflict");
        loan.Invoking(l => l.Disburse(Disbursed, "XOF")).Should().Throw<DomainException>();
        loan.Submit();
        loan.Review(Supervisor, null);
        loan.ReturnForChanges("Ajouter une garantie");
        loan.Status.Should().Be(LoanStatus.Draft);
        loan.StatusReason.Should().Be("Ajouter une garantie");
    }

    [Fact]
    public void Cancelling_is_possible_until_disbursement_only()
    {
        var approved = Approved();
        approved.Cancel("Le client renonce", Now);
        approved.Status.Should().Be(LoanStatus.Cancelled);

        Active().Invoking(l => l.Cancel("trop tard", Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Disbursement_fixes_the_schedule()
    {
        var loan = Active();

        loan.Status.Should().Be(LoanStatus.Active);
        loan.Installments.Select(i => i.PrincipalDue).Should().Equal(25_000, 25_000, 25_000, 25_000);
        loan.Installments.Select(i => i.InterestDue).Should().Equal(1_000, 750, 500, 250);
        loan.Installments[0].FeesDue.Should().Be(1_000);
        loan.Outstanding.Should().Be(103_500);
    }

    [Fact]
    public void A_payment_goes_to_fees_then_interest_then_principal_of_the_oldest_installment()
    {
        var loan = Active();

        var allocation = loan.Repay(1_500, Now);

        allocation.Should().Be(new Allocation(0, 1_000, 500, 0));
        loan.Installments[0].FeesPaid.Should().Be(1_000);
        loan.Installments[0].InterestPaid.Should().Be(500);
    }

    [Fact]
    public void Penalties_come_first()
    {
        var loan = Active();
        loan.ApplyPenaltiesThrough(new DateOnly(2026, 2, 17), new PenaltyRule(PenaltyKind.FixedFeePerLateInstallment, 2_000), "XOF");

        var allocation = loan.Repay(2_500, Now);

        allocation.Should().Be(new Allocation(2_000, 500, 0, 0));
    }

    [Fact]
    public void An_overpayment_prepays_the_next_installments()
    {
        var loan = Active();

        var allocation = loan.Repay(30_000, Now);

        // Installment 1: fee 1000 + interest 1000 + principal 25000 = 27000; 3000 left: interest 750 then 2250 of principal of installment 2.
        allocation.Should().Be(new Allocation(0, 1_000, 1_750, 27_250));
        loan.Installments[0].IsPaid.Should().BeTrue();
        loan.Installments[1].PrincipalPaid.Should().Be(2_250);
        loan.NextDue!.Number.Should().Be(2);
    }

    [Fact]
    public void Paying_more_than_the_outstanding_is_refused_and_paying_it_all_closes_the_loan()
    {
        var loan = Active();

        loan.Invoking(l => l.Repay(103_501, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("repayment_exceeds_outstanding");
        loan.TotalPaid.Should().Be(0);
        loan.LastRepaymentSequence.Should().Be(0, "a refused repayment takes no number");
        loan.Repay(103_500, Now);
        loan.Status.Should().Be(LoanStatus.Repaid);
        loan.Invoking(l => l.Repay(1, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("loan_not_active");
    }

    [Fact]
    public void Reversing_a_repayment_re_allocates_the_ones_after_it()
    {
        var loan = Active();
        loan.Repay(27_000, Now);
        loan.Repay(25_750, Now);
        loan.Installments[1].IsPaid.Should().BeTrue();

        // The first repayment is reversed: the second now pays installment 1 (27000 owed) only in part.
        var allocations = loan.Reallocate([25_750]);
        loan.Repay(1_000, Now);

        allocations.Should().ContainSingle().Which.Should().Be(new Allocation(0, 1_000, 1_000, 23_750));
        loan.Installments[0].IsPaid.Should().BeFalse();
        loan.Installments[1].TotalPaid.Should().Be(0);
        loan.Outstanding.Should().Be(103_500 - 25_750 - 1_000);
        loan.LastRepaymentSequence.Should().Be(3, "a reversed repayment keeps its number; the next one follows the last");
    }

    [Fact]
    public void A_repaid_loan_whose_repayment_is_reversed_is_active_again()
    {
        var loan = Active();
        loan.Repay(103_500, Now);

        loan.Reallocate([]);

        loan.Status.Should().Be(LoanStatus.Active);
        loan.ClosedAt.Should().BeNull();
    }

    [Fact]
    public void Daily_penalties_are_charged_once_per_day_and_missed_days_are_caught_up()
    {
        var loan = Active();
        var rule = new PenaltyRule(PenaltyKind.DailyRateOnOverdue, 0.1m);

        // Installment 1 is due 2026-02-15: late on the 16th and 17th; 0.1 % of 26000 (principal + interest) = 26 a day.
        var first = loan.ApplyPenaltiesThrough(new DateOnly(2026, 2, 17), rule, "XOF");
        var again = loan.ApplyPenaltiesThrough(new DateOnly(2026, 2, 17), rule, "XOF");

        first.Should().Equal(new PenaltyCharge(1, new DateOnly(2026, 2, 16), 26), new PenaltyCharge(1, new DateOnly(2026, 2, 17), 26));
        again.Should().BeEmpty("the same day twice charges nothing");
        loan.Installments[0].PenaltiesDue.Should().Be(52);
        loan.DaysInArrears(new DateOnly(2026, 2, 17)).Should().Be(2);
    }

    [Fact]
    public void Nothing_is_late_before_the_due_date_or_once_paid()
    {
        var loan = Active();
        loan.DaysInArrears(new DateOnly(2026, 2, 15)).Should().Be(0);
        loan.Repay(27_000, Now);
        loan.ApplyPenaltiesThrough(new DateOnly(2026, 3, 1), new PenaltyRule(PenaltyKind.DailyRateOnOverdue, 1), "XOF").Should().BeEmpty();
        loan.DaysInArrears(new DateOnly(2026, 3, 1)).Should().Be(0);
    }

    [Fact]
    public void A_written_off_loan_takes_no_more_penalties()
    {
        var loan = Active();
        loan.WriteOff("Client décédé", Now);

        loan.Status.Should().Be(LoanStatus.WrittenOff);
        loan.ApplyPenaltiesThrough(new DateOnly(2026, 6, 1), new PenaltyRule(PenaltyKind.DailyRateOnOverdue, 1), "XOF").Should().BeEmpty();
    }
}
