using System.Text.Json.Serialization;

namespace Microfinance.Application.Accounting.Commands.SaveBankStatementFormat;

/// <summary>
/// The layout of a bank's statement files, saved once per bank GL account: columns are numbered from 1; either
/// <see cref="AmountColumn"/> (signed, positive = money in) or both <see cref="DebitColumn"/> and <see cref="CreditColumn"/>.
/// </summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record SaveBankStatementFormatCommand(
    string Delimiter, bool HasHeader, int DateColumn, int LabelColumn, int? AmountColumn, int? DebitColumn, int? CreditColumn,
    int? ReferenceColumn, string DateFormat, string DecimalSeparator) : ICommand<BankStatementFormatDto>
{
    [JsonIgnore] public Guid GlAccountId { get; init; }
}
