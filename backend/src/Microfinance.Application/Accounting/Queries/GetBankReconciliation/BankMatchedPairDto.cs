namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

/// <summary>A recorded match: the statement line (who matched it, when, automatically or by hand) and its journal line.</summary>
public sealed record BankMatchedPairDto(BankStatementLineDto StatementLine, BankBookLineDto JournalLine, string? MatchedByName);
