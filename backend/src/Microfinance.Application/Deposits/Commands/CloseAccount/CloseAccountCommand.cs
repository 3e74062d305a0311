namespace Microfinance.Application.Deposits.Commands.CloseAccount;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseAccountCommand(Guid Id) : ICommand<DepositAccountDto>;
