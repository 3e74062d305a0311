namespace Microfinance.Application.Loans.Queries.ListLoanProducts;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoanProductsQuery(bool? IsActive = null) : IRequest<IReadOnlyList<LoanProductDto>>;
