namespace Microfinance.Application.Loans.Queries.ListLoanRepayments;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoanRepaymentsQuery(Guid Id) : IRequest<IReadOnlyList<LoanRepaymentDto>>;
