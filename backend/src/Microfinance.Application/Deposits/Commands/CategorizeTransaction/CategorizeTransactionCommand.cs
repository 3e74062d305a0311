using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.CategorizeTransaction;

/// <summary>
/// Tags a recorded operation with a category, another one, or none (<paramref name="CategoryId"/> null) — every movement
/// of its journal entry (both sides of a transfer). An agent may tag only what they recorded; supervisors and the
/// administrator any movement.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CategorizeTransactionCommand(Guid? CategoryId) : ICommand<TransactionDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
