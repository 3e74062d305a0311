using Microfinance.Domain.Common;

namespace Microfinance.Domain.Loans;

/// <summary>One installment of a disbursed loan: what is due and what has been paid, per component.</summary>
public sealed class LoanInstallment : ITenantOwned
{
    private LoanInstallment() { }

    public LoanInstallment(Guid institutionId, Guid loanId, ScheduledInstallment scheduled)
    {
        InstitutionId = institutionId;
        LoanId = loanId;
        Number = scheduled.Number;
        DueDate = scheduled.DueDate;
        PrincipalDue = scheduled.Principal;
        InterestDue = scheduled.Interest;
        FeesDue = scheduled.Fees;
    }

    public Guid Id { get; private set; } = Entity.NewId();
    public Guid InstitutionId { get; private set; }
    public Guid LoanId { get; private set; }
    public int Number { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal PrincipalDue { get; private set; }
    public decimal InterestDue { get; private set; }
    public decimal FeesDue { get; private set; }
    public decimal PenaltiesDue { get; private set; }
    public decimal PrincipalPaid { get; private set; }
    public decimal InterestPaid { get; private set; }
    public decimal FeesPaid { get; private set; }
    public decimal PenaltiesPaid { get; private set; }

    public decimal TotalDue => PrincipalDue + InterestDue + FeesDue + PenaltiesDue;
    public decimal TotalPaid => PrincipalPaid + InterestPaid + FeesPaid + PenaltiesPaid;
    public decimal Outstanding => TotalDue - TotalPaid;
    /// <summary>Principal and interest still owed: what late penalties are computed on.</summary>
    public decimal OverdueBase => PrincipalDue - PrincipalPaid + InterestDue - InterestPaid;
    public bool IsPaid => Outstanding == 0;

    public void AddPenalty(decimal amount) => PenaltiesDue += amount;

    /// <summary>Takes from <paramref name="amount"/> what this installment still owes: penalties, fees, interest, principal.</summary>
    internal Allocation Absorb(ref decimal amount)
    {
        var penalties = Take(ref amount, PenaltiesDue - PenaltiesPaid);
        var fees = Take(ref amount, FeesDue - FeesPaid);
        var interest = Take(ref amount, InterestDue - InterestPaid);
        var principal = Take(ref amount, PrincipalDue - PrincipalPaid);
        PenaltiesPaid += penalties;
        FeesPaid += fees;
        InterestPaid += interest;
        PrincipalPaid += principal;
        return new Allocation(penalties, fees, interest, principal);
    }

    internal void ResetPayments()
    {
        PrincipalPaid = InterestPaid = FeesPaid = PenaltiesPaid = 0;
    }

    private static decimal Take(ref decimal amount, decimal owed)
    {
        var taken = Math.Min(amount, owed);
        amount -= taken;
        return taken;
    }
}

/// <summary>How a payment was split; the order of the fields is the order money is applied in.</summary>
public sealed record Allocation(decimal Penalties, decimal Fees, decimal Interest, decimal Principal)
{
    public static readonly Allocation None = new(0, 0, 0, 0);

    public decimal Total => Penalties + Fees + Interest + Principal;

    public static Allocation operator +(Allocation a, Allocation b) =>
        new(a.Penalties + b.Penalties, a.Fees + b.Fees, a.Interest + b.Interest, a.Principal + b.Principal);

    public static Allocation operator -(Allocation a, Allocation b) =>
        new(a.Penalties - b.Penalties, a.Fees - b.Fees, a.Interest - b.Interest, a.Principal - b.Principal);
}
