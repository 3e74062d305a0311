using Microfinance.Domain.Common;

namespace Microfinance.Domain.Loans;

/// <summary>
/// A loan product: the bounds an application must fit, the penalty rule, the eligibility rules and the GL accounts its
/// events post to. A zero-rate, single-installment product gives a cooperative's "simple credit".
/// </summary>
public sealed class LoanProduct : Entity, ITenantOwned
{
    private LoanProduct() { }

    public LoanProduct(Guid institutionId, string code, LoanProductTerms terms, LoanProductLedger ledger, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Code = code.Trim().ToUpperInvariant();
        CreatedAt = createdAt;
        Update(terms, ledger);
    }

    public Guid InstitutionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal MinAmount { get; private set; }
    public decimal MaxAmount { get; private set; }
    public int MinInstallments { get; private set; }
    public int MaxInstallments { get; private set; }
    public RepaymentFrequency Frequency { get; private set; }
    public InterestMethod InterestMethod { get; private set; }
    public Amortization Amortization { get; private set; }
    public decimal MinRatePercent { get; private set; }
    public decimal MaxRatePercent { get; private set; }
    public int MaxGracePeriods { get; private set; }
    public decimal ProcessingFeePercent { get; private set; }
    public PenaltyKind PenaltyKind { get; private set; }
    public decimal PenaltyValue { get; private set; }
    /// <summary>Above this amount a guarantee must be described; null: never required.</summary>
    public decimal? GuaranteeRequiredAbove { get; private set; }
    /// <summary>The client's savings account must be open for at least this many days (0: no savings needed).</summary>
    public int MinSavingsAgeDays { get; private set; }
    /// <summary>The amount may not exceed this multiple of the client's savings balance (0: no limit).</summary>
    public decimal MaxAmountToSavingsRatio { get; private set; }
    public Guid PortfolioGlAccountId { get; private set; }
    public Guid InterestIncomeGlAccountId { get; private set; }
    public Guid FeeIncomeGlAccountId { get; private set; }
    public Guid PenaltyIncomeGlAccountId { get; private set; }
    public Guid PenaltiesReceivableGlAccountId { get; private set; }
    public Guid LossExpenseGlAccountId { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreatedAt { get; private set; }

    public PenaltyRule PenaltyRule => new(PenaltyKind, PenaltyValue);

    public void Update(LoanProductTerms t, LoanProductLedger ledger)
    {
        if (t.MinAmount <= 0 || t.MaxAmount < t.MinAmount || t.MinInstallments < 1 || t.MaxInstallments < t.MinInstallments
            || t.MinRatePercent < 0 || t.MaxRatePercent < t.MinRatePercent || t.MaxGracePeriods < 0 || t.ProcessingFeePercent is < 0 or > 100
            || t.PenaltyValue < 0 || t.MinSavingsAgeDays < 0 || t.MaxAmountToSavingsRatio < 0)
            throw new DomainException("product_terms_invalid", "Bounds must be positive and each minimum at most its maximum.");
        (Name, MinAmount, MaxAmount, MinInstallments, MaxInstallments, Frequency, InterestMethod, Amortization) =
            (t.Name.Trim(), t.MinAmount, t.MaxAmount, t.MinInstallments, t.MaxInstallments, t.Frequency, t.InterestMethod, t.Amortization);
        (MinRatePercent, MaxRatePercent, MaxGracePeriods, ProcessingFeePercent, PenaltyKind, PenaltyValue) =
            (t.MinRatePercent, t.MaxRatePercent, t.MaxGracePeriods, t.ProcessingFeePercent, t.PenaltyKind, t.PenaltyValue);
        (GuaranteeRequiredAbove, MinSavingsAgeDays, MaxAmountToSavingsRatio) = (t.GuaranteeRequiredAbove, t.MinSavingsAgeDays, t.MaxAmountToSavingsRatio);
        (PortfolioGlAccountId, InterestIncomeGlAccountId, FeeIncomeGlAccountId, PenaltyIncomeGlAccountId, PenaltiesReceivableGlAccountId, LossExpenseGlAccountId) =
            (ledger.Portfolio, ledger.InterestIncome, ledger.FeeIncome, ledger.PenaltyIncome, ledger.PenaltiesReceivable, ledger.LossExpense);
    }

    /// <summary>The terms of an application under this product: its frequency, method and fee with the applicant's amount, term and rate.</summary>
    public LoanTerms TermsFor(decimal amount, int installments, decimal? ratePercent, int gracePeriods) =>
        new(amount, ratePercent ?? MaxRatePercent, installments, Frequency, InterestMethod, Amortization, gracePeriods, ProcessingFeePercent);

    /// <summary>Every way the terms fall outside the product's bounds.</summary>
    public IEnumerable<EligibilityFailure> BoundsFailures(LoanTerms terms)
    {
        if (terms.Principal < MinAmount || terms.Principal > MaxAmount)
            yield return new("outside_product_bounds", "The amount must be between {0} and {1}.", MinAmount, MaxAmount);
        if (terms.NumberOfInstallments < MinInstallments || terms.NumberOfInstallments > MaxInstallments)
            yield return new("outside_product_bounds", "The number of installments must be between {0} and {1}.", MinInstallments, MaxInstallments);
        if (terms.AnnualInterestRatePercent < MinRatePercent || terms.AnnualInterestRatePercent > MaxRatePercent)
            yield return new("outside_product_bounds", "The rate must be between {0} % and {1} %.", MinRatePercent, MaxRatePercent);
        if (terms.GracePeriods > MaxGracePeriods)
            yield return new("outside_product_bounds", "At most {0} grace period(s).", MaxGracePeriods);
    }
}

public sealed record LoanProductTerms(
    string Name, decimal MinAmount, decimal MaxAmount, int MinInstallments, int MaxInstallments, RepaymentFrequency Frequency,
    InterestMethod InterestMethod, Amortization Amortization, decimal MinRatePercent, decimal MaxRatePercent, int MaxGracePeriods,
    decimal ProcessingFeePercent, PenaltyKind PenaltyKind, decimal PenaltyValue, decimal? GuaranteeRequiredAbove,
    int MinSavingsAgeDays, decimal MaxAmountToSavingsRatio);

public sealed record LoanProductLedger(Guid Portfolio, Guid InterestIncome, Guid FeeIncome, Guid PenaltyIncome, Guid PenaltiesReceivable, Guid LossExpense);

/// <summary>One reason an application is refused, with a stable code; its message is a template with arguments, as a DomainException's.</summary>
public sealed record EligibilityFailure(string Code, string Template, params object?[] Arguments);

/// <summary>An application breaks one or more eligibility rules: 422 listing every reason.</summary>
public sealed class EligibilityException(IReadOnlyList<EligibilityFailure> failures)
    : DomainException("loan_not_eligible", "The application breaks {0} eligibility rule(s).", failures.Count)
{
    public IReadOnlyList<EligibilityFailure> Failures { get; } = failures;
}
