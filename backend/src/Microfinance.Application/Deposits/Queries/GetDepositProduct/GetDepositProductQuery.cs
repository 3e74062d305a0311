namespace Microfinance.Application.Deposits.Queries.GetDepositProduct;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetDepositProductQuery(Guid Id) : IRequest<DepositProductDto>;
