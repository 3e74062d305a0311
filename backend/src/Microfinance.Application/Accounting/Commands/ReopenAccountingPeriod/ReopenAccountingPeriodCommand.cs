using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.ReopenAccountingPeriod;

/// <summary>Reopens the latest closed month, for a reason kept with it and in the audit trail: the SfdAdmin only.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ReopenAccountingPeriodCommand(string Reason) : ICommand<AccountingPeriodDto>
{
    [JsonIgnore] public string Month { get; init; } = "";
}
