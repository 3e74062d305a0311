namespace Microfinance.Application.Accounting.Commands.UnmatchBankStatementLine;

/// <summary>Undoes a statement line's match: both lines are unmatched again (the audit trail keeps who had matched them).</summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record UnmatchBankStatementLineCommand(Guid Id) : ICommand<BankStatementLineDto>;
