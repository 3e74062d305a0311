namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

/// <summary>
/// The reconciliation of a bank GL account at <see cref="To"/>. <see cref="StatementBalance"/> sums the imported lines
/// dated up to then; <see cref="BookBalance"/> is the GL account's balance (debits less credits) at that value date. A
/// line is unmatched at the date when it has no partner dated up to then. The proof:
/// <see cref="ReconciledBalance"/> = book balance − unmatched journal lines + unmatched statement lines, and
/// <see cref="Difference"/> = statement balance − reconciled balance, zero when every match pairs equal amounts.
/// The lists hold at most <see cref="GetBankReconciliationQueryHandler.MaxListed"/> lines each (the counts are complete).
/// </summary>
public sealed record BankReconciliationDto(
    Guid GlAccountId, string Code, string Name, DateOnly? From, DateOnly To, int DateWindowDays,
    decimal StatementBalance, decimal BookBalance, decimal UnmatchedStatementTotal, decimal UnmatchedBookTotal, decimal ReconciledBalance,
    decimal Difference, int UnmatchedStatementCount, int UnmatchedBookCount,
    IReadOnlyList<BankStatementLineDto> StatementLines, IReadOnlyList<BankBookLineDto> BookLines,
    IReadOnlyList<BankMatchSuggestionDto> Suggestions, IReadOnlyList<BankMatchedPairDto> Matches);
