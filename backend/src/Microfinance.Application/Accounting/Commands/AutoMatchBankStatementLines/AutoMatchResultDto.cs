namespace Microfinance.Application.Accounting.Commands.AutoMatchBankStatementLines;

/// <summary>How many statement lines were matched, how many by their reference, and how many are still unmatched.</summary>
public sealed record AutoMatchResultDto(int Matched, int MatchedByReference, int StillUnmatched);
