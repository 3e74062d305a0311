using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.WriteOffLoan;

[Authorize(Roles.SfdAdmin)]
public sealed record WriteOffLoanCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
