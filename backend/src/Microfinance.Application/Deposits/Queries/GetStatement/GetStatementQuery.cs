namespace Microfinance.Application.Deposits.Queries.GetStatement;

/// <summary>Movements valued between <see cref="From"/> and <see cref="To"/> with the balance before them and running balances.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetStatementQuery(Guid AccountId, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50)
    : IRequest<StatementDto>, IPageRequest;
