using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.ReturnLoanApplication;

[Authorize(Roles.Supervisor)]
public sealed record ReturnLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
