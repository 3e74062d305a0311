namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

/// <summary>What an import did: the file's lines, how many were new, how many were already there (from an earlier import).</summary>
public sealed record BankStatementImportDto(Guid StatementId, Guid GlAccountId, string FileName, int LineCount, int NewLineCount, int AlreadyImportedCount);
