namespace Microfinance.Application.Accounting;

/// <summary>A bank's statement layout; <see cref="IsSaved"/> is false for the layout proposed before one is saved.</summary>
public sealed record BankStatementFormatDto(
    Guid GlAccountId, bool IsSaved, string Delimiter, bool HasHeader, int DateColumn, int LabelColumn, int? AmountColumn, int? DebitColumn,
    int? CreditColumn, int? ReferenceColumn, string DateFormat, string DecimalSeparator);
