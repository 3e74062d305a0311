using System.Text.Json.Serialization;

namespace Microfinance.Application.IdentityAccess.Commands.UpdateBranch;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateBranchCommand(string Name, string? Address) : ICommand<BranchDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
