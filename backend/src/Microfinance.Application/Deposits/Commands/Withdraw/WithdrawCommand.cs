using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.Withdraw;

/// <summary>Posted at once, or — above the product's threshold — left for a supervisor's approval.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record WithdrawCommand(decimal Amount, Channel Channel, string? Reference = null, DateOnly? ValueDate = null, Guid? CategoryId = null) : ICommand<WithdrawalOutcome>, IMovementFields
{
    [JsonIgnore] public Guid AccountId { get; init; }
}
