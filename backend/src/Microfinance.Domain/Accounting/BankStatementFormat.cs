using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>
/// How one bank's statement files are laid out, saved once per bank GL account: the delimiter, whether the first row is a
/// header, the 1-based column of each field (the amount signed, or a debit and a credit column), the date format and the
/// decimal separator.
/// </summary>
public sealed class BankStatementFormat : Entity, ITenantOwned
{
    private BankStatementFormat() { }

    public BankStatementFormat(Guid institutionId, Guid glAccountId)
    {
        InstitutionId = institutionId;
        GlAccountId = glAccountId;
    }

    public Guid InstitutionId { get; private set; }
    public Guid GlAccountId { get; private set; }
    public string Delimiter { get; private set; } = ";";
    public bool HasHeader { get; private set; } = true;
    public int DateColumn { get; private set; } = 1;
    public int LabelColumn { get; private set; } = 2;
    /// <summary>A signed amount: positive is money in (a credit on the bank's statement).</summary>
    public int? AmountColumn { get; private set; } = 3;
    /// <summary>With <see cref="CreditColumn"/>, instead of <see cref="AmountColumn"/>: money out.</summary>
    public int? DebitColumn { get; private set; }
    /// <summary>Money in.</summary>
    public int? CreditColumn { get; private set; }
    public int? ReferenceColumn { get; private set; } = 4;
    public string DateFormat { get; private set; } = "dd/MM/yyyy";
    public string DecimalSeparator { get; private set; } = ",";
    public Guid? UpdatedBy { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>The columns holding the amount: one signed column, or a debit and a credit column, never both.</summary>
    public void Change(
        string delimiter, bool hasHeader, int dateColumn, int labelColumn, int? amountColumn, int? debitColumn, int? creditColumn,
        int? referenceColumn, string dateFormat, string decimalSeparator, Guid updatedBy, DateTimeOffset updatedAt)
    {
        if ((amountColumn is null) == (debitColumn is null || creditColumn is null) || (amountColumn is not null && (debitColumn ?? creditColumn) is not null))
            throw new DomainException("statement_amount_columns", "Map either one signed amount column, or a debit column and a credit column.");
        int?[] columns = [dateColumn, labelColumn, amountColumn, debitColumn, creditColumn, referenceColumn];
        var mapped = columns.OfType<int>().ToList();
        if (mapped.Distinct().Count() != mapped.Count)
            throw new DomainException("statement_columns_overlap", "Two fields are mapped to the same column.");
        Delimiter = delimiter;
        HasHeader = hasHeader;
        DateColumn = dateColumn;
        LabelColumn = labelColumn;
        AmountColumn = amountColumn;
        DebitColumn = debitColumn;
        CreditColumn = creditColumn;
        ReferenceColumn = referenceColumn;
        DateFormat = dateFormat;
        DecimalSeparator = decimalSeparator;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }
}
