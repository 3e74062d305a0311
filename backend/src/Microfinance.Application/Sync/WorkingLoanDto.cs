using Microfinance.Domain.Loans;

namespace Microfinance.Application.Sync;

/// <summary>An active loan: what is left of its principal, what is overdue (due before today, unpaid) and the next installment to pay.</summary>
public sealed class WorkingLoanDto
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public Guid ClientId { get; init; }
    public LoanStatus Status { get; init; }
    public decimal OutstandingPrincipal { get; init; }
    public decimal AmountOverdue { get; init; }
    public WorkingInstallmentDto? NextInstallment { get; init; }
}
