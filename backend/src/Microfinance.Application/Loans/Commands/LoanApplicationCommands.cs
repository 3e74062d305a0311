using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands;

/// <summary>An application for a client under a product; the rate defaults to the product's maximum. Starts as a draft.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CreateLoanApplicationCommand(
    Guid ClientId, Guid ProductId, decimal Amount, int NumberOfInstallments, string Purpose, decimal? AnnualInterestRatePercent = null,
    int GracePeriods = 0, string? Guarantee = null) : ICommand<LoanDto>;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record SubmitLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;

/// <summary>A supervisor takes the application and may set or change its terms within the product's bounds.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ReviewLoanApplicationCommand(decimal? Amount = null, int? NumberOfInstallments = null, decimal? AnnualInterestRatePercent = null,
    int? GracePeriods = null) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.Supervisor)]
public sealed record ReturnLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.Supervisor)]
public sealed record RecommendLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;

/// <summary>The final decision: an SfdAdmin who neither created nor recommended the application.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ApproveLoanApplicationCommand(Guid Id) : ICommand<LoanDto>;

[Authorize(Roles.SfdAdmin)]
public sealed record RejectLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CancelLoanApplicationCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class CreateLoanApplicationCommandValidator : AbstractValidator<CreateLoanApplicationCommand>
{
    public CreateLoanApplicationCommandValidator(Common.Money.MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.Purpose).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Guarantee).MaximumLength(500);
    }
}

public sealed class ReviewLoanApplicationCommandValidator : AbstractValidator<ReviewLoanApplicationCommand>
{
    public ReviewLoanApplicationCommandValidator(Common.Money.MoneyRules money)
    {
        When(x => x.Amount is not null, () => money.Apply(RuleFor(x => x.Amount!.Value)).OverridePropertyName("amount"));
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
    }
}

public sealed class ReturnLoanApplicationCommandValidator : AbstractValidator<ReturnLoanApplicationCommand>
{
    public ReturnLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class RejectLoanApplicationCommandValidator : AbstractValidator<RejectLoanApplicationCommand>
{
    public RejectLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class CancelLoanApplicationCommandValidator : AbstractValidator<CancelLoanApplicationCommand>
{
    public CancelLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class LoanApplicationHandlers(
    IApplicationDbContext db, ILedgerStore store, LoanEligibility eligibility, LoanReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateLoanApplicationCommand, LoanDto>,
      IRequestHandler<SubmitLoanApplicationCommand, LoanDto>,
      IRequestHandler<ReviewLoanApplicationCommand, LoanDto>,
      IRequestHandler<ReturnLoanApplicationCommand, LoanDto>,
      IRequestHandler<RecommendLoanApplicationCommand, LoanDto>,
      IRequestHandler<ApproveLoanApplicationCommand, LoanDto>,
      IRequestHandler<RejectLoanApplicationCommand, LoanDto>,
      IRequestHandler<CancelLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(CreateLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == r.ClientId, cancellationToken)
            ?? throw new ValidationException("clientId", "No client with this id in your institution.");
        if (client.Status != ClientStatus.Active)
            throw new DomainException("client_not_active", "Only an active client (identity checked) can apply for a loan.");
        var product = await db.LoanProducts.FirstOrDefaultAsync(p => p.Id == r.ProductId && p.IsActive, cancellationToken)
            ?? throw new ValidationException("productId", "No active loan product with this id in your institution.");
        var terms = product.TermsFor(r.Amount, r.NumberOfInstallments, r.AnnualInterestRatePercent, r.GracePeriods);
        await eligibility.CheckAsync(client.Id, product, terms, r.Guarantee, null, cancellationToken);

        var number = $"PR-{await store.NextNumberAsync("loan", cancellationToken):D6}";
        var loan = new Loan(client.InstitutionId, client.BranchId, client.Id, product.Id, number, terms, r.Purpose.Trim(), r.Guarantee?.Trim(),
            user.UserId!.Value, clock.GetUtcNow());
        db.Loans.Add(loan);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }

    public Task<LoanDto> Handle(SubmitLoanApplicationCommand r, CancellationToken cancellationToken) =>
        ChangeAsync(r.Id, loan => loan.Submit(), cancellationToken);

    public async Task<LoanDto> Handle(ReviewLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await FindAsync(r.Id, cancellationToken);
        var product = await db.LoanProducts.FirstAsync(p => p.Id == loan.ProductId, cancellationToken);
        var revised = product.TermsFor(r.Amount ?? loan.Principal, r.NumberOfInstallments ?? loan.NumberOfInstallments,
            r.AnnualInterestRatePercent ?? loan.AnnualInterestRatePercent, r.GracePeriods ?? loan.GracePeriods);
        await eligibility.CheckAsync(loan.ClientId, product, revised, loan.Guarantee, loan.Id, cancellationToken);
        loan.Review(user.UserId!.Value, revised);
        return await SaveAsync(loan, cancellationToken);
    }

    public Task<LoanDto> Handle(ReturnLoanApplicationCommand r, CancellationToken cancellationToken) =>
        ChangeAsync(r.Id, loan => loan.ReturnForChanges(r.Reason.Trim()), cancellationToken);

    public Task<LoanDto> Handle(RecommendLoanApplicationCommand r, CancellationToken cancellationToken) =>
        ChangeAsync(r.Id, loan => loan.Recommend(user.UserId!.Value), cancellationToken);

    public async Task<LoanDto> Handle(ApproveLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await FindAsync(r.Id, cancellationToken);
        var product = await db.LoanProducts.FirstAsync(p => p.Id == loan.ProductId, cancellationToken);
        // Things may have changed since the application (another loan fell into arrears): check again.
        await eligibility.CheckAsync(loan.ClientId, product, loan.Terms, loan.Guarantee, loan.Id, cancellationToken);
        loan.Approve(user.UserId!.Value, clock.GetUtcNow());
        return await SaveAsync(loan, cancellationToken);
    }

    public Task<LoanDto> Handle(RejectLoanApplicationCommand r, CancellationToken cancellationToken) =>
        ChangeAsync(r.Id, loan => loan.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow()), cancellationToken);

    public Task<LoanDto> Handle(CancelLoanApplicationCommand r, CancellationToken cancellationToken) =>
        ChangeAsync(r.Id, loan => loan.Cancel(r.Reason.Trim(), clock.GetUtcNow()), cancellationToken);

    private async Task<LoanDto> ChangeAsync(Guid id, Action<Loan> change, CancellationToken ct)
    {
        var loan = await FindAsync(id, ct);
        change(loan);
        return await SaveAsync(loan, ct);
    }

    private async Task<LoanDto> SaveAsync(Loan loan, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await reader.LoanAsync(loan.Id, ct);
    }

    private async Task<Loan> FindAsync(Guid id, CancellationToken ct) =>
        await store.LockLoanAsync(id, ct) ?? throw new NotFoundException("Loan", id);
}
