namespace Microfinance.Application.Loans.Commands.CreateLoanApplication;

/// <summary>An application for a client under a product; the rate defaults to the product's maximum. Starts as a draft.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CreateLoanApplicationCommand(
    Guid ClientId, Guid ProductId, decimal Amount, int NumberOfInstallments, string Purpose, decimal? AnnualInterestRatePercent = null,
    int GracePeriods = 0, string? Guarantee = null) : ICommand<LoanDto>;
