namespace Microfinance.Domain.Accounting;

/// <summary>One line of a manual entry as the accountant wrote it: a GL account, one positive side, an optional label.</summary>
public sealed record ManualEntryLine(Guid GlAccountId, decimal Debit, decimal Credit, string? Label)
{
    public JournalLine ToJournalLine() => new(GlAccountId, Debit, Credit);
}
