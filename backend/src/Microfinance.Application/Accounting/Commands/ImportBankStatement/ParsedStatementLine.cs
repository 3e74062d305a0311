namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

/// <summary>One good row of a statement file: its line number in the file and its fields (amount signed, positive = money in).</summary>
public sealed record ParsedStatementLine(int LineNumber, DateOnly Date, string Label, decimal Amount, string? Reference);
