using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Commands.RejectTontineWithdrawal;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RejectTontineWithdrawalCommand(string Reason) : ICommand<TontineWithdrawalDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
