using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.MatchBankStatementLine;

/// <summary>Matches a statement line by hand with a journal line of its bank GL account: the same amount, on the matching side.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record MatchBankStatementLineCommand(Guid JournalLineId) : ICommand<BankStatementLineDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
