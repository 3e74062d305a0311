using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.Deposit;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DepositCommand(decimal Amount, Channel Channel, string? Reference = null, DateOnly? ValueDate = null, Guid? CategoryId = null) : ICommand<TransactionDto>, IMovementFields
{
    [JsonIgnore] public Guid AccountId { get; init; }
}
