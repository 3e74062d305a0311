using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Loans;

public enum LoanStatus
{
    Draft,
    Submitted,
    UnderReview,
    Recommended,
    Approved,
    Rejected,
    Cancelled,
    Active,
    Repaid,
    WrittenOff,
}

/// <summary>
/// A loan from application to closure. The application workflow enforces maker-checker (the decision is never made by
/// whoever created or recommended it); once disbursed the schedule is fixed and repayments are allocated to it.
/// </summary>
public sealed class Loan : Entity, ITenantOwned
{
    private readonly List<LoanInstallment> _installments = [];

    private Loan() { }

    public Loan(Guid institutionId, Guid branchId, Guid clientId, Guid productId, string number, LoanTerms terms,
        string purpose, string? guarantee, Guid createdBy, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        BranchId = branchId;
        ClientId = clientId;
        ProductId = productId;
        Number = number;
        Purpose = purpose;
        Guarantee = guarantee;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        SetTerms(terms);
    }

    public Guid InstitutionId { get; private set; }
    public Guid BranchId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Number { get; private set; } = "";
    public LoanStatus Status { get; private set; } = LoanStatus.Draft;
    public decimal Principal { get; private set; }
    public decimal AnnualInterestRatePercent { get; private set; }
    public int NumberOfInstallments { get; private set; }
    public RepaymentFrequency Frequency { get; private set; }
    public InterestMethod InterestMethod { get; private set; }
    public Amortization Amortization { get; private set; }
    public int GracePeriods { get; private set; }
    public decimal ProcessingFeePercent { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? Guarantee { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public Guid? RecommendedBy { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? StatusReason { get; private set; }
    public DateOnly? DisbursementDate { get; private set; }
    /// <summary>The journal entry that paid the loan out.</summary>
    public Guid? DisbursementEntryId { get; private set; }
    /// <summary>How the loan was paid out in hand (<see cref="Channel.Cash"/>); null when it was credited to the client's account.</summary>
    public Channel? DisbursementChannel { get; private set; }
    /// <summary>The last day end-of-day penalties were applied for.</summary>
    public DateOnly? PenaltiesAppliedThrough { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>As of the last end of day (or repayment): what portfolio-at-risk reports read.</summary>
    public int DaysInArrearsRecorded { get; private set; }
    /// <summary>Sequence of the last repayment (reversed ones included): the next one is numbered after it.</summary>
    public long LastRepaymentSequence { get; private set; }
    public IReadOnlyList<LoanInstallment> Installments => _installments;

    public LoanTerms Terms => new(Principal, AnnualInterestRatePercent, NumberOfInstallments, Frequency, InterestMethod, Amortization, GracePeriods, ProcessingFeePercent);
    public decimal Outstanding => _installments.Sum(i => i.Outstanding);
    public decimal OutstandingPrincipal => _installments.Sum(i => i.PrincipalDue - i.PrincipalPaid);
    public decimal TotalPaid => _installments.Sum(i => i.TotalPaid);

    public void Submit() => Move([LoanStatus.Draft], LoanStatus.Submitted);

    /// <summary>A supervisor takes the application, possibly with revised terms (checked against the product by the caller).</summary>
    public void Review(Guid supervisor, LoanTerms? revisedTerms)
    {
        Move([LoanStatus.Submitted, LoanStatus.UnderReview], LoanStatus.UnderReview);
        ReviewedBy = supervisor;
        if (revisedTerms is not null) SetTerms(revisedTerms);
    }

    public void ReturnForChanges(string reason)
    {
        Move([LoanStatus.Submitted, LoanStatus.UnderReview, LoanStatus.Recommended], LoanStatus.Draft);
        StatusReason = reason;
        RecommendedBy = null;
    }

    public void Recommend(Guid supervisor)
    {
        Move([LoanStatus.UnderReview], LoanStatus.Recommended);
        RecommendedBy = supervisor;
    }

    public void Approve(Guid admin, DateTimeOffset at) => Decide(admin, at, LoanStatus.Approved, null);

    public void Reject(Guid admin, string reason, DateTimeOffset at) => Decide(admin, at, LoanStatus.Rejected, reason);

    public void Cancel(string reason, DateTimeOffset at)
    {
        Move([LoanStatus.Draft, LoanStatus.Submitted, LoanStatus.UnderReview, LoanStatus.Recommended, LoanStatus.Approved], LoanStatus.Cancelled);
        StatusReason = reason;
        ClosedAt = at;
    }

    /// <summary>Fixes the schedule from the disbursement date: from now on only repayments and penalties change the loan.</summary>
    public LoanSchedule Disburse(DateOnly date, string currency)
    {
        Move([LoanStatus.Approved], LoanStatus.Active);
        DisbursementDate = date;
        PenaltiesAppliedThrough = date;
        var schedule = ScheduleCalculator.Build(Terms, date, currency);
        _installments.AddRange(schedule.Installments.Select(i => new LoanInstallment(InstitutionId, Id, i)));
        return schedule;
    }

    /// <summary>Notes how the loan just disbursed was paid out: its entry, and the channel when no account was credited.</summary>
    public void RecordDisbursement(Guid entryId, Channel? channel)
    {
        if (Status != LoanStatus.Active || DisbursementEntryId is not null)
            throw new InvalidOperationException("A disbursement is recorded once, when the loan is disbursed.");
        (DisbursementEntryId, DisbursementChannel) = (entryId, channel);
    }

    /// <summary>
    /// Applies a payment oldest installment first, each installment's penalties, fees, interest then principal; an
    /// overpayment runs on into the next installments. Paying the last franc closes the loan. The repayment is numbered
    /// <see cref="LastRepaymentSequence"/>.
    /// </summary>
    public Allocation Repay(decimal amount, DateTimeOffset at)
    {
        if (Status != LoanStatus.Active)
            throw new DomainException("loan_not_active", "Only an active loan takes repayments; this one is {0}.", Status);
        if (amount <= 0) throw new InvalidOperationException("A repayment is positive.");
        if (amount > Outstanding)
            throw new DomainException("repayment_exceeds_outstanding", "The loan's outstanding balance is {0}; {1} is more.", Outstanding, amount);
        var allocation = Allocate(amount);
        LastRepaymentSequence++;
        if (Outstanding == 0)
        {
            Status = LoanStatus.Repaid;
            ClosedAt = at;
        }
        return allocation;
    }

    /// <summary>
    /// Re-allocates every remaining repayment from scratch, in order (after one was reversed); returns each one's new
    /// split, in the same order. A repaid loan that owes again is active again.
    /// </summary>
    public IReadOnlyList<Allocation> Reallocate(IReadOnlyList<decimal> repaymentsInOrder)
    {
        if (Status is not (LoanStatus.Active or LoanStatus.Repaid))
            throw new DomainException("loan_not_active", "Repayments of a {0} loan cannot be re-allocated.", Status);
        foreach (var installment in _installments) installment.ResetPayments();
        var allocations = repaymentsInOrder.Select(Allocate).ToList();
        (Status, ClosedAt) = Outstanding == 0 ? (LoanStatus.Repaid, ClosedAt) : (LoanStatus.Active, null);
        return allocations;
    }

    /// <summary>
    /// Charges late penalties for every day after the last one charged, up to <paramref name="through"/>, in order:
    /// running it twice for the same day charges nothing the second time, and missed days are caught up.
    /// </summary>
    public IReadOnlyList<PenaltyCharge> ApplyPenaltiesThrough(DateOnly through, PenaltyRule rule, string currency)
    {
        var charges = new List<PenaltyCharge>();
        if (Status != LoanStatus.Active || PenaltiesAppliedThrough is not { } last || through <= last) return charges;
        for (var day = last.AddDays(1); day <= through; day = day.AddDays(1))
            foreach (var installment in _installments)
            {
                var penalty = rule.For(installment, day, currency);
                if (penalty <= 0) continue;
                installment.AddPenalty(penalty);
                charges.Add(new PenaltyCharge(installment.Number, day, penalty));
            }
        PenaltiesAppliedThrough = through;
        return charges;
    }

    /// <summary>Days since the oldest unpaid installment fell due (0 when nothing is late).</summary>
    public int DaysInArrears(DateOnly asOf)
    {
        var oldest = _installments.Where(i => !i.IsPaid && i.DueDate < asOf).Select(i => (DateOnly?)i.DueDate).Min();
        return oldest is { } due ? asOf.DayNumber - due.DayNumber : 0;
    }

    public void RecordArrears(DateOnly asOf) => DaysInArrearsRecorded = Status == LoanStatus.Active ? DaysInArrears(asOf) : 0;

    public LoanInstallment? NextDue => _installments.Where(i => !i.IsPaid).MinBy(i => i.Number);

    public void WriteOff(string reason, DateTimeOffset at)
    {
        Move([LoanStatus.Active], LoanStatus.WrittenOff);
        StatusReason = reason;
        ClosedAt = at;
    }

    private Allocation Allocate(decimal amount)
    {
        var total = Allocation.None;
        foreach (var installment in _installments.OrderBy(i => i.Number))
        {
            if (amount == 0) break;
            total += installment.Absorb(ref amount);
        }
        if (amount != 0) throw new InvalidOperationException("A repayment was larger than what the loan owes.");
        return total;
    }

    private void Decide(Guid admin, DateTimeOffset at, LoanStatus outcome, string? reason)
    {
        if (Status != LoanStatus.Recommended)
            throw new DomainException("loan_status_conflict", "Only a recommended application is decided; this one is {0}.", Status);
        if (admin == CreatedBy || admin == RecommendedBy)
            throw new DomainException("maker_checker", "Whoever created or recommended the application cannot decide on it.");
        Status = outcome;
        DecidedBy = admin;
        DecidedAt = at;
        StatusReason = reason;
    }

    private void SetTerms(LoanTerms terms)
    {
        Principal = terms.Principal;
        AnnualInterestRatePercent = terms.AnnualInterestRatePercent;
        NumberOfInstallments = terms.NumberOfInstallments;
        Frequency = terms.Frequency;
        InterestMethod = terms.InterestMethod;
        Amortization = terms.Amortization;
        GracePeriods = terms.GracePeriods;
        ProcessingFeePercent = terms.ProcessingFeePercent;
    }

    private void Move(LoanStatus[] from, LoanStatus to)
    {
        if (!from.Contains(Status))
            throw new DomainException("loan_status_conflict", "A {0} loan cannot become {1}.", Status, to);
        Status = to;
    }
}

public sealed record PenaltyCharge(int InstallmentNumber, DateOnly Day, decimal Amount);
