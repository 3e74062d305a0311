using System.Text.Json.Serialization;

namespace Microfinance.Application.Clients.Commands.UpdateClientMessaging;

/// <summary>How the client is written to: the language of their SMS, and whether they refuse SMS reminders (recorded with its time).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record UpdateClientMessagingCommand(string Language, bool SmsOptOut) : ICommand<ClientDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
