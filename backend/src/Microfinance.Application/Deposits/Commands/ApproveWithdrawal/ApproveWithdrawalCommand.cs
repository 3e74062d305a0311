namespace Microfinance.Application.Deposits.Commands.ApproveWithdrawal;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveWithdrawalCommand(Guid Id) : ICommand<TransactionDto>;
