using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.ReturnLoanApplication;

[Authorize(Roles.Supervisor)]
public sealed record ReturnLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
