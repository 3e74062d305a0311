namespace Microfinance.Application.Loans.Commands.ApproveLoanApplication;

/// <summary>The final decision: an SfdAdmin who neither created nor recommended the application.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ApproveLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;
