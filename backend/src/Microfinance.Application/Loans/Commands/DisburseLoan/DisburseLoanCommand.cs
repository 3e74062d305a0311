using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.DisburseLoan;

/// <summary>Pays out an approved loan (to the client's account or in cash at the branch); the schedule is fixed from <see cref="Date"/>.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DisburseLoanCommand(DisbursementMode Mode, DateOnly Date, Guid? AccountId = null) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
