using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Loans.Commands.RepayLoan;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RepayLoanCommand(decimal Amount, DateOnly Date, Channel Channel, string? Reference = null) : ICommand<LoanRepaymentDto>
{
    [JsonIgnore] public Guid LoanId { get; init; }
}
