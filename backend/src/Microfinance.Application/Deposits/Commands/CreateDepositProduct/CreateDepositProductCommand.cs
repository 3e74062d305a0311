using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.CreateDepositProduct;

/// <summary>GL accounts default to the institution's mappings for the product's kind; give ids to post elsewhere.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CreateDepositProductCommand(
    string Code, string Name, DepositProductKind Kind, decimal AnnualInterestRatePercent, decimal MinimumBalance, decimal OpeningFee,
    decimal? WithdrawalApprovalThreshold, bool AllowsSingleStepOpening,
    Guid? DepositsGlAccountId = null, Guid? FeeIncomeGlAccountId = null, Guid? InterestExpenseGlAccountId = null)
    : ICommand<DepositProductDto>, IDepositProductFields;
