using System.Text.Json.Serialization;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury.Commands.CloseCashDrawer;

/// <summary>Closes the caller's drawer with the cash counted; a difference from the expected cash is posted to the cash-difference account.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseCashDrawerCommand(IReadOnlyList<DenominationCount> Counts, string? Note = null) : ICommand<CashDrawerDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
