using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.SimulateLoan;

/// <summary>The full schedule for given terms, before any application (a <i>devis</i>). Writes nothing.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record SimulateLoanQuery(
    decimal Principal, decimal AnnualInterestRatePercent, int NumberOfInstallments, RepaymentFrequency Frequency, InterestMethod InterestMethod,
    Amortization Amortization, DateOnly DisbursementDate, int GracePeriods = 0, decimal ProcessingFeePercent = 0) : IRequest<SimulationDto>;
