using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.RejectAccount;

/// <summary>A supervisor who did not request the account refuses its opening, with a reason kept on the account.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RejectAccountCommand(string Reason) : ICommand<DepositAccountDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
