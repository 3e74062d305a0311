namespace Microfinance.Application.Deposits.Commands.ApproveAccount;

/// <summary>KYC checked: a supervisor who did not request the account approves it.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveAccountCommand(Guid Id) : ICommand<DepositAccountDto>;
