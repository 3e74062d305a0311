namespace Microfinance.Application.Loans.Queries.GetLoan;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetLoanQuery(Guid Id) : IRequest<LoanDto>;
