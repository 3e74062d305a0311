using System.Text.Json.Serialization;
using Microfinance.Application.Ledger;
using Microfinance.Domain.Ledger;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateLoanProductCommand(
    string Code, string Name, decimal MinAmount, decimal MaxAmount, int MinInstallments, int MaxInstallments, RepaymentFrequency Frequency,
    InterestMethod InterestMethod, Amortization Amortization, decimal MinRatePercent, decimal MaxRatePercent, int MaxGracePeriods = 0,
    decimal ProcessingFeePercent = 0, PenaltyKind PenaltyKind = PenaltyKind.None, decimal PenaltyValue = 0, decimal? GuaranteeRequiredAbove = null,
    int MinSavingsAgeDays = 90, decimal MaxAmountToSavingsRatio = 5) : ICommand<LoanProductDto>, ILoanProductFields;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateLoanProductCommand(
    string Name, decimal MinAmount, decimal MaxAmount, int MinInstallments, int MaxInstallments, RepaymentFrequency Frequency,
    InterestMethod InterestMethod, Amortization Amortization, decimal MinRatePercent, decimal MaxRatePercent, int MaxGracePeriods = 0,
    decimal ProcessingFeePercent = 0, PenaltyKind PenaltyKind = PenaltyKind.None, decimal PenaltyValue = 0, decimal? GuaranteeRequiredAbove = null,
    int MinSavingsAgeDays = 90, decimal MaxAmountToSavingsRatio = 5) : ICommand<LoanProductDto>, ILoanProductFields
{
    [JsonIgnore] public Guid Id { get; init; }
}

public interface ILoanProductFields
{
    string Name { get; }
    decimal MinAmount { get; }
    decimal MaxAmount { get; }
    int MinInstallments { get; }
    int MaxInstallments { get; }
    RepaymentFrequency Frequency { get; }
    InterestMethod InterestMethod { get; }
    Amortization Amortization { get; }
    decimal MinRatePercent { get; }
    decimal MaxRatePercent { get; }
    int MaxGracePeriods { get; }
    decimal ProcessingFeePercent { get; }
    PenaltyKind PenaltyKind { get; }
    decimal PenaltyValue { get; }
    decimal? GuaranteeRequiredAbove { get; }
    int MinSavingsAgeDays { get; }
    decimal MaxAmountToSavingsRatio { get; }
}

public sealed class LoanProductFieldsValidator : AbstractValidator<ILoanProductFields>
{
    public LoanProductFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.MinAmount).GreaterThan(0);
        RuleFor(x => x.MaxAmount).GreaterThanOrEqualTo(x => x.MinAmount);
        RuleFor(x => x.MinInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.MaxInstallments).InclusiveBetween(1, 1000).GreaterThanOrEqualTo(x => x.MinInstallments);
        RuleFor(x => x.Frequency).IsInEnum();
        RuleFor(x => x.InterestMethod).IsInEnum();
        RuleFor(x => x.Amortization).IsInEnum();
        RuleFor(x => x.MinRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.MaxRatePercent).InclusiveBetween(0, 100).GreaterThanOrEqualTo(x => x.MinRatePercent);
        RuleFor(x => x.MaxGracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.ProcessingFeePercent).InclusiveBetween(0, 20);
        RuleFor(x => x.PenaltyKind).IsInEnum();
        RuleFor(x => x.PenaltyValue).GreaterThanOrEqualTo(0);
        RuleFor(x => x.GuaranteeRequiredAbove).GreaterThan(0);
        RuleFor(x => x.MinSavingsAgeDays).InclusiveBetween(0, 3650);
        RuleFor(x => x.MaxAmountToSavingsRatio).InclusiveBetween(0, 100);
    }
}

public sealed class CreateLoanProductCommandValidator : AbstractValidator<CreateLoanProductCommand>
{
    public CreateLoanProductCommandValidator()
    {
        Include(new LoanProductFieldsValidator());
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithMessage("2 to 16 letters, digits or '-'.");
    }
}

public sealed class UpdateLoanProductCommandValidator : AbstractValidator<UpdateLoanProductCommand>
{
    public UpdateLoanProductCommandValidator() => Include(new LoanProductFieldsValidator());
}

public sealed class LoanProductCommandHandlers(IApplicationDbContext db, ITenantContext tenant, LedgerPoster ledger, TimeProvider clock)
    : IRequestHandler<CreateLoanProductCommand, LoanProductDto>,
      IRequestHandler<UpdateLoanProductCommand, LoanProductDto>
{
    public async Task<LoanProductDto> Handle(CreateLoanProductCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.LoanProducts.AnyAsync(p => p.Code == code, cancellationToken))
            throw new ConflictException("product_code_taken", $"A loan product with code {code} already exists.");
        var product = new LoanProduct(tenant.RequiredInstitutionId, code, Terms(r), await LedgerAsync(cancellationToken), clock.GetUtcNow());
        db.LoanProducts.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }

    public async Task<LoanProductDto> Handle(UpdateLoanProductCommand r, CancellationToken cancellationToken)
    {
        var product = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == r.Id, cancellationToken) ?? throw new NotFoundException("Loan product", r.Id);
        product.Update(Terms(r), new LoanProductLedger(product.PortfolioGlAccountId, product.InterestIncomeGlAccountId, product.FeeIncomeGlAccountId,
            product.PenaltyIncomeGlAccountId, product.PenaltiesReceivableGlAccountId, product.LossExpenseGlAccountId));
        await db.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }

    private static LoanProductTerms Terms(ILoanProductFields f) => new(
        f.Name, f.MinAmount, f.MaxAmount, f.MinInstallments, f.MaxInstallments, f.Frequency, f.InterestMethod, f.Amortization, f.MinRatePercent,
        f.MaxRatePercent, f.MaxGracePeriods, f.ProcessingFeePercent, f.PenaltyKind, f.PenaltyValue, f.GuaranteeRequiredAbove, f.MinSavingsAgeDays,
        f.MaxAmountToSavingsRatio);

    private async Task<LoanProductLedger> LedgerAsync(CancellationToken ct) => new(
        await ledger.AccountForAsync(LedgerPurpose.LoanPortfolio, ct), await ledger.AccountForAsync(LedgerPurpose.LoanInterestIncome, ct),
        await ledger.AccountForAsync(LedgerPurpose.LoanFeeIncome, ct), await ledger.AccountForAsync(LedgerPurpose.PenaltyIncome, ct),
        await ledger.AccountForAsync(LedgerPurpose.PenaltiesReceivable, ct), await ledger.AccountForAsync(LedgerPurpose.LoanLossExpense, ct));
}
