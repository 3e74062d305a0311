using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.ReverseManualEntry;

/// <summary>Cancels a posted manual entry with a mirror entry valued today, for the reason given: posted entries are never edited.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record ReverseManualEntryCommand(string Reason) : ICommand<ManualEntryDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
