using System.Text.Json.Serialization;

namespace Microfinance.Application.Loans.Commands.ReviewLoanApplication;

/// <summary>A supervisor takes the application and may set or change its terms within the product's bounds.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ReviewLoanApplicationCommand(decimal? Amount = null, int? NumberOfInstallments = null, decimal? AnnualInterestRatePercent = null,
    int? GracePeriods = null) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
