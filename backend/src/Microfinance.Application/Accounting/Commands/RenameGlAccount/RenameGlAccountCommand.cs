using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.RenameGlAccount;

[Authorize(Roles.Accountant)]
public sealed record RenameGlAccountCommand(string Name) : ICommand<GlAccountDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
