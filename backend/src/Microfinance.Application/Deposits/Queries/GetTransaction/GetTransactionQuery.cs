namespace Microfinance.Application.Deposits.Queries.GetTransaction;

/// <summary>A receipt: one movement with its account, client and journal entry.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTransactionQuery(Guid Id) : IRequest<TransactionDto>;
