namespace Microfinance.Application.Loans.Queries.GetLoanSchedule;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetLoanScheduleQuery(Guid Id) : IRequest<IReadOnlyList<InstallmentDto>>;
