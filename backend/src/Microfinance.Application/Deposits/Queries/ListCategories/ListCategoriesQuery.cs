namespace Microfinance.Application.Deposits.Queries.ListCategories;

/// <summary>The institution's categories of movements by name, with how many movements carry each.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListCategoriesQuery : IRequest<IReadOnlyList<TransactionCategoryDto>>;
