using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

public sealed class DepositProductDto
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public DepositProductKind Kind { get; set; }
    public decimal AnnualInterestRatePercent { get; set; }
    public decimal MinimumBalance { get; set; }
    public decimal OpeningFee { get; set; }
    public decimal? WithdrawalApprovalThreshold { get; set; }
    public bool AllowsSingleStepOpening { get; set; }
    public Guid DepositsGlAccountId { get; set; }
    public Guid FeeIncomeGlAccountId { get; set; }
    public Guid InterestExpenseGlAccountId { get; set; }
    public bool IsActive { get; set; }
}
