namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

/// <summary>The journal line the matcher would pair with an unmatched statement line; <see cref="ByReference"/> when the reference decided.</summary>
public sealed record BankMatchSuggestionDto(Guid StatementLineId, BankBookLineDto JournalLine, bool ByReference);
