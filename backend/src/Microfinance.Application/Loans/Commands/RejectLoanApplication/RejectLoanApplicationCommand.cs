using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.RejectLoanApplication;

[Authorize(Roles.SfdAdmin)]
public sealed record RejectLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
