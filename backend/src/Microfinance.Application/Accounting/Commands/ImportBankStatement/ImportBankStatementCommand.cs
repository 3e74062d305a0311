namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

/// <summary>A bank statement file (CSV, UTF-8 or Latin-1) for a bank GL account, read with the account's saved format.</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record ImportBankStatementCommand(Guid GlAccountId, string FileName, byte[] Content) : ICommand<BankStatementImportDto>;
