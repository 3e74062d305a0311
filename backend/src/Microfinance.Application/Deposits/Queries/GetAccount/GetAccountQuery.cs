namespace Microfinance.Application.Deposits.Queries.GetAccount;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetAccountQuery(Guid Id) : IRequest<DepositAccountDto>;
