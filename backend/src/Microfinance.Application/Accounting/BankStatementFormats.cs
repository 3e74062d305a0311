using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

public static class BankStatementFormats
{
    public static BankStatementFormatDto ToDto(this BankStatementFormat f, bool isSaved = true) =>
        new(f.GlAccountId, isSaved, f.Delimiter, f.HasHeader, f.DateColumn, f.LabelColumn, f.AmountColumn, f.DebitColumn, f.CreditColumn,
            f.ReferenceColumn, f.DateFormat, f.DecimalSeparator);
}
