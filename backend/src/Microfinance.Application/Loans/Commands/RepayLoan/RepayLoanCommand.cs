using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.RepayLoan;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RepayLoanCommand(decimal Amount, DateOnly Date, Channel Channel, string? Reference = null) : ICommand<LoanRepaymentDto>
{
    [JsonIgnore] public Guid LoanId { get; init; }
}
