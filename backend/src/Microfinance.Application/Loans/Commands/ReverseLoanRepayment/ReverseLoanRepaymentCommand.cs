using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.ReverseLoanRepayment;

/// <summary>Reverses a repayment and re-allocates every later one.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReverseLoanRepaymentCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid LoanId { get; init; }
    [JsonIgnore] public Guid RepaymentId { get; init; }
}
