using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>A savings or current account product and the GL accounts its events post to.</summary>
public sealed class DepositProduct : Entity, ITenantOwned
{
    private DepositProduct() { }

    public DepositProduct(Guid institutionId, string code, DepositProductKind kind, DepositProductTerms terms, DepositProductLedger ledger, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Code = code.Trim().ToUpperInvariant();
        Kind = kind;
        CreatedAt = createdAt;
        Update(terms, ledger);
    }

    public Guid InstitutionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DepositProductKind Kind { get; private set; }
    public decimal AnnualInterestRatePercent { get; private set; }
    public decimal MinimumBalance { get; private set; }
    public decimal OpeningFee { get; private set; }
    /// <summary>Withdrawals above this amount wait for a supervisor; null means never.</summary>
    public decimal? WithdrawalApprovalThreshold { get; private set; }
    public bool AllowsSingleStepOpening { get; private set; }
    public Guid DepositsGlAccountId { get; private set; }
    public Guid FeeIncomeGlAccountId { get; private set; }
    public Guid InterestExpenseGlAccountId { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }

    public void Update(DepositProductTerms terms, DepositProductLedger ledger)
    {
        if (terms.AnnualInterestRatePercent < 0 || terms.MinimumBalance < 0 || terms.OpeningFee < 0 || terms.WithdrawalApprovalThreshold <= 0)
            throw new DomainException("product_terms_invalid", "Rates, balances and fees cannot be negative; a threshold must be positive.");
        if (Kind == DepositProductKind.Current && terms.AnnualInterestRatePercent != 0)
            throw new DomainException("product_terms_invalid", "Current accounts earn no interest.");
        Name = terms.Name.Trim();
        AnnualInterestRatePercent = terms.AnnualInterestRatePercent;
        MinimumBalance = terms.MinimumBalance;
        OpeningFee = terms.OpeningFee;
        WithdrawalApprovalThreshold = terms.WithdrawalApprovalThreshold;
        AllowsSingleStepOpening = terms.AllowsSingleStepOpening;
        DepositsGlAccountId = ledger.DepositsGlAccountId;
        FeeIncomeGlAccountId = ledger.FeeIncomeGlAccountId;
        InterestExpenseGlAccountId = ledger.InterestExpenseGlAccountId;
    }

    public void Deactivate() => IsActive = false;

    public bool NeedsApproval(decimal withdrawalAmount) => WithdrawalApprovalThreshold is { } threshold && withdrawalAmount > threshold;
}

public sealed record DepositProductTerms(
    string Name, decimal AnnualInterestRatePercent, decimal MinimumBalance, decimal OpeningFee,
    decimal? WithdrawalApprovalThreshold, bool AllowsSingleStepOpening);

public sealed record DepositProductLedger(Guid DepositsGlAccountId, Guid FeeIncomeGlAccountId, Guid InterestExpenseGlAccountId);
