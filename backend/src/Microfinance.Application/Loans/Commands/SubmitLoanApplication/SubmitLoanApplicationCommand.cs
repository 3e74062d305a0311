namespace Microfinance.Application.Loans.Commands.SubmitLoanApplication;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record SubmitLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;
