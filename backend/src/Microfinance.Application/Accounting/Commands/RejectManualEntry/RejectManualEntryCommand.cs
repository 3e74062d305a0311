using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.RejectManualEntry;

/// <summary>Refuses a manual entry waiting for approval, with the reason its author will read; nothing is posted.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record RejectManualEntryCommand(string Reason) : ICommand<ManualEntryDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
