using System.Text.Json.Serialization;

namespace Microfinance.Application.IdentityAccess.Commands.ResetUserPassword;

/// <summary>Sets a new password chosen by the administrator and ends the user's sessions.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ResetUserPasswordCommand(string NewPassword) : ICommand<Unit>
{
    [JsonIgnore] public Guid Id { get; init; }
}
