using System.Text.Json.Serialization;
using Microfinance.Application.Ledger;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Ledger;

namespace Microfinance.Application.Deposits.Commands;

/// <summary>GL accounts default to the institution's mappings for the product's kind; give ids to post elsewhere.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CreateDepositProductCommand(
    string Code, string Name, DepositProductKind Kind, decimal AnnualInterestRatePercent, decimal MinimumBalance, decimal OpeningFee,
    decimal? WithdrawalApprovalThreshold, bool AllowsSingleStepOpening,
    Guid? DepositsGlAccountId = null, Guid? FeeIncomeGlAccountId = null, Guid? InterestExpenseGlAccountId = null)
    : ICommand<DepositProductDto>, IDepositProductFields;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateDepositProductCommand(
    string Name, decimal AnnualInterestRatePercent, decimal MinimumBalance, decimal OpeningFee, decimal? WithdrawalApprovalThreshold,
    bool AllowsSingleStepOpening, Guid? DepositsGlAccountId = null, Guid? FeeIncomeGlAccountId = null, Guid? InterestExpenseGlAccountId = null)
    : ICommand<DepositProductDto>, IDepositProductFields
{
    [JsonIgnore] public Guid Id { get; init; }
}

public interface IDepositProductFields
{
    string Name { get; }
    decimal AnnualInterestRatePercent { get; }
    decimal MinimumBalance { get; }
    decimal OpeningFee { get; }
    decimal? WithdrawalApprovalThreshold { get; }
}

public sealed class DepositProductFieldsValidator : AbstractValidator<IDepositProductFields>
{
    public DepositProductFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100).PrecisionScale(7, 4, ignoreTrailingZeros: true);
        RuleFor(x => x.MinimumBalance).GreaterThanOrEqualTo(0);
        RuleFor(x => x.OpeningFee).GreaterThanOrEqualTo(0);
        RuleFor(x => x.WithdrawalApprovalThreshold).GreaterThan(0);
    }
}

public sealed class CreateDepositProductCommandValidator : AbstractValidator<CreateDepositProductCommand>
{
    public CreateDepositProductCommandValidator()
    {
        Include(new DepositProductFieldsValidator());
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithMessage("2 to 16 letters, digits or '-'.");
        RuleFor(x => x.Kind).IsInEnum();
    }
}

public sealed class UpdateDepositProductCommandValidator : AbstractValidator<UpdateDepositProductCommand>
{
    public UpdateDepositProductCommandValidator() => Include(new DepositProductFieldsValidator());
}

public sealed class DepositProductCommandHandlers(IApplicationDbContext db, ITenantContext tenant, LedgerPoster ledger, TimeProvider clock)
    : IRequestHandler<CreateDepositProductCommand, DepositProductDto>,
      IRequestHandler<UpdateDepositProductCommand, DepositProductDto>
{
    public async Task<DepositProductDto> Handle(CreateDepositProductCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.DepositProducts.AnyAsync(p => p.Code == code, cancellationToken))
            throw new ConflictException("product_code_taken", $"A product with code {code} already exists.");
        var ledgerAccounts = await LedgerAsync(r.Kind, r.DepositsGlAccountId, r.FeeIncomeGlAccountId, r.InterestExpenseGlAccountId, cancellationToken);
        var product = new DepositProduct(tenant.RequiredInstitutionId, code, r.Kind, Terms(r, r.AllowsSingleStepOpening), ledgerAccounts, clock.GetUtcNow());
        db.DepositProducts.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }

    public async Task<DepositProductDto> Handle(UpdateDepositProductCommand r, CancellationToken cancellationToken)
    {
        var product = await db.DepositProducts.FirstOrDefaultAsync(p => p.Id == r.Id, cancellationToken)
            ?? throw new NotFoundException("Deposit product", r.Id);
        var ledgerAccounts = await LedgerAsync(product.Kind, r.DepositsGlAccountId ?? product.DepositsGlAccountId,
            r.FeeIncomeGlAccountId ?? product.FeeIncomeGlAccountId, r.InterestExpenseGlAccountId ?? product.InterestExpenseGlAccountId, cancellationToken);
        product.Update(Terms(r, r.AllowsSingleStepOpening), ledgerAccounts);
        await db.SaveChangesAsync(cancellationToken);
        return product.ToDto();
    }

    private static DepositProductTerms Terms(IDepositProductFields f, bool singleStep) =>
        new(f.Name, f.AnnualInterestRatePercent, f.MinimumBalance, f.OpeningFee, f.WithdrawalApprovalThreshold, singleStep);

    private async Task<DepositProductLedger> LedgerAsync(DepositProductKind kind, Guid? deposits, Guid? feeIncome, Guid? interestExpense, CancellationToken ct)
    {
        var result = new DepositProductLedger(
            deposits ?? await ledger.AccountForAsync(kind == DepositProductKind.Savings ? LedgerPurpose.SavingsDeposits : LedgerPurpose.CurrentAccountDeposits, ct),
            feeIncome ?? await ledger.AccountForAsync(LedgerPurpose.OpeningFeeIncome, ct),
            interestExpense ?? await ledger.AccountForAsync(LedgerPurpose.DepositInterestExpense, ct));
        await EnsureAsync(result.DepositsGlAccountId, GlAccountType.Liability, "depositsGlAccountId", ct);
        await EnsureAsync(result.FeeIncomeGlAccountId, GlAccountType.Income, "feeIncomeGlAccountId", ct);
        await EnsureAsync(result.InterestExpenseGlAccountId, GlAccountType.Expense, "interestExpenseGlAccountId", ct);
        return result;
    }

    private async Task EnsureAsync(Guid glAccountId, GlAccountType type, string field, CancellationToken ct)
    {
        if (!await db.GlAccounts.AnyAsync(a => a.Id == glAccountId && a.Type == type && a.IsActive, ct))
            throw new ValidationException(field, $"Choose an active {type.ToString().ToLowerInvariant()} GL account of your institution.");
    }
}
