namespace Microfinance.Application.Loans.Commands.RecommendLoanApplication;

[Authorize(Roles.Supervisor)]
public sealed record RecommendLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;
