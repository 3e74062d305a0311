using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.ActivateAccount;

/// <summary>Activates an approved account; the product's opening fee is paid through <see cref="Channel"/> (cash by default).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ActivateAccountCommand(Channel Channel = Channel.Cash) : ICommand<DepositAccountDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
