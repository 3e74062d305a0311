namespace Microfinance.Application.Accounting.Commands.AutoMatchBankStatementLines;

/// <summary>Records the matcher's pairs for every unmatched statement line of a bank GL account (the workbench's suggestions).</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record AutoMatchBankStatementLinesCommand(Guid GlAccountId) : ICommand<AutoMatchResultDto>;
