using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>
/// One import of a bank statement file into a bank GL account: who brought it, when, how many lines it held and how many
/// of those were new (the others were already imported, from this file or an earlier one).
/// </summary>
public sealed class BankStatement : Entity, ITenantOwned
{
    private BankStatement() { }

    public BankStatement(Guid institutionId, Guid glAccountId, string fileName, int lineCount, int newLineCount, Guid importedBy, DateTimeOffset importedAt)
    {
        InstitutionId = institutionId;
        GlAccountId = glAccountId;
        FileName = fileName;
        LineCount = lineCount;
        NewLineCount = newLineCount;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid GlAccountId { get; private set; }
    public string FileName { get; private set; } = "";
    public int LineCount { get; private set; }
    public int NewLineCount { get; private set; }
    public Guid ImportedBy { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
}
