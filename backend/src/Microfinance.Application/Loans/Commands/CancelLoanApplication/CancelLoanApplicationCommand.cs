using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.CancelLoanApplication;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CancelLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
