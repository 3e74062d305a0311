using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.ReverseTransaction;

/// <summary>A correction: a reversal entry restores the balance(s); the original is marked reversed, never changed.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReverseTransactionCommand(string Reason) : ICommand<IReadOnlyList<TransactionDto>>
{
    [JsonIgnore] public Guid Id { get; init; }
}
