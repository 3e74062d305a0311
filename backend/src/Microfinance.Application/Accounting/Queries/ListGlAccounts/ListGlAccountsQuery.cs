namespace Microfinance.Application.Accounting.Queries.ListGlAccounts;

[Authorize(Roles.Accountant, Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record ListGlAccountsQuery(string? Search = null, int? Class = null) : IRequest<IReadOnlyList<GlAccountDto>>;
