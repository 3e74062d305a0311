using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.ApproveManualEntry;

/// <summary>Approves a manual entry waiting above the threshold, and posts it: by an accountant or the SfdAdmin other than its author.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record ApproveManualEntryCommand : ICommand<ManualEntryDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
