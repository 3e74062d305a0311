using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.RejectWithdrawal;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RejectWithdrawalCommand(string Reason) : ICommand<WithdrawalRequestDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
