using System.Text.Json.Serialization;

namespace Microfinance.Application.Deposits.Commands.UpdateDepositProduct;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateDepositProductCommand(
    string Name, decimal AnnualInterestRatePercent, decimal MinimumBalance, decimal OpeningFee, decimal? WithdrawalApprovalThreshold,
    bool AllowsSingleStepOpening, Guid? DepositsGlAccountId = null, Guid? FeeIncomeGlAccountId = null, Guid? InterestExpenseGlAccountId = null)
    : ICommand<DepositProductDto>, IDepositProductFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
