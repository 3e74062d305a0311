namespace Microfinance.Application.Deposits.Queries.ListDepositProducts;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListDepositProductsQuery(bool? IsActive = null) : IRequest<IReadOnlyList<DepositProductDto>>;
