using Microfinance.Domain.Common;

namespace Microfinance.Domain.Loans;

public enum PenaltyKind
{
    None,
    /// <summary><see cref="PenaltyRule.Value"/> percent per day of the overdue principal and interest.</summary>
    DailyRateOnOverdue,
    /// <summary><see cref="PenaltyRule.Value"/> once per installment, the first day it is late.</summary>
    FixedFeePerLateInstallment,
}

/// <summary>The product's late-penalty rule.</summary>
public sealed record PenaltyRule(PenaltyKind Kind, decimal Value)
{
    public static readonly PenaltyRule None = new(PenaltyKind.None, 0);

    /// <summary>The penalty an installment earns on <paramref name="day"/>, a day it is late (due date before it, not paid).</summary>
    public decimal For(LoanInstallment installment, DateOnly day, string currency)
    {
        if (installment.IsPaid || installment.DueDate >= day) return 0;
        return Kind switch
        {
            PenaltyKind.DailyRateOnOverdue => Currencies.Round(installment.OverdueBase * Value / 100m, currency),
            PenaltyKind.FixedFeePerLateInstallment => day == installment.DueDate.AddDays(1) ? Value : 0,
            _ => 0,
        };
    }
}
