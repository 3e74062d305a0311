using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands;

public enum DisbursementMode
{
    ToSavingsAccount,
    Cash,
}

/// <summary>Pays out an approved loan (to the client's account or in cash at the branch); the schedule is fixed from <see cref="Date"/>.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DisburseLoanCommand(DisbursementMode Mode, DateOnly Date, Guid? AccountId = null) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RepayLoanCommand(decimal Amount, DateOnly Date, Channel Channel, string? Reference = null) : ICommand<LoanRepaymentDto>
{
    [JsonIgnore] public Guid LoanId { get; init; }
}

/// <summary>Reverses a repayment and re-allocates every later one.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReverseLoanRepaymentCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid LoanId { get; init; }
    [JsonIgnore] public Guid RepaymentId { get; init; }
}

[Authorize(Roles.SfdAdmin)]
public sealed record WriteOffLoanCommand(string Reason) : ICommand<LoanDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class DisburseLoanCommandValidator : AbstractValidator<DisburseLoanCommand>
{
    public DisburseLoanCommandValidator()
    {
        RuleFor(x => x.Mode).IsInEnum();
        RuleFor(x => x.AccountId).NotNull().When(x => x.Mode == DisbursementMode.ToSavingsAccount).WithMessage("Choose the client's account to credit.");
        RuleFor(x => x.AccountId).Null().When(x => x.Mode == DisbursementMode.Cash).WithMessage("A cash disbursement credits no account.");
    }
}

public sealed class RepayLoanCommandValidator : AbstractValidator<RepayLoanCommand>
{
    public RepayLoanCommandValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}

public sealed class ReverseLoanRepaymentCommandValidator : AbstractValidator<ReverseLoanRepaymentCommand>
{
    public ReverseLoanRepaymentCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class WriteOffLoanCommandValidator : AbstractValidator<WriteOffLoanCommand>
{
    public WriteOffLoanCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class LoanServicingHandlers(
    IApplicationDbContext db, ILedgerStore store, LoanPostings postings, Ledger.LedgerPoster ledger, LoanReader reader, InstitutionProfile institution,
    ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DisburseLoanCommand, LoanDto>,
      IRequestHandler<RepayLoanCommand, LoanRepaymentDto>,
      IRequestHandler<ReverseLoanRepaymentCommand, LoanDto>,
      IRequestHandler<WriteOffLoanCommand, LoanDto>
{
    public async Task<LoanDto> Handle(DisburseLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await LockAsync(r.Id, cancellationToken);
        await EnsureNotFutureAsync(r.Date, "date", cancellationToken);
        var product = await postings.ProductAsync(loan, cancellationToken);
        loan.Disburse(r.Date, await institution.CurrencyAsync(cancellationToken));
        await postings.DisburseAsync(loan, product, r.Mode == DisbursementMode.ToSavingsAccount ? r.AccountId : null, r.Date, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }

    public async Task<LoanRepaymentDto> Handle(RepayLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await LockAsync(r.LoanId, cancellationToken);
        await EnsureNotFutureAsync(r.Date, "date", cancellationToken);
        if (r.Date < loan.DisbursementDate)
            throw new ValidationException("date", "A repayment cannot be dated before the disbursement.");
        var product = await postings.ProductAsync(loan, cancellationToken);
        var allocation = loan.Repay(r.Amount, clock.GetUtcNow());
        var entry = await postings.RepayAsync(loan, product, allocation, r.Channel, r.Date, cancellationToken);
        var sequence = await db.LoanRepayments.CountAsync(p => p.LoanId == loan.Id, cancellationToken) + 1;
        var repayment = new LoanRepayment(loan.InstitutionId, loan.Id, sequence, r.Amount, r.Date, r.Channel, r.Reference, allocation, entry.Id,
            user.UserId, clock.GetUtcNow());
        db.LoanRepayments.Add(repayment);
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(repayment);
    }

    public async Task<LoanDto> Handle(ReverseLoanRepaymentCommand r, CancellationToken cancellationToken)
    {
        var loan = await LockAsync(r.LoanId, cancellationToken);
        var repayments = await db.LoanRepayments.Where(p => p.LoanId == loan.Id && p.ReversedAt == null).OrderBy(p => p.Sequence).ToListAsync(cancellationToken);
        var reversed = repayments.FirstOrDefault(p => p.Id == r.RepaymentId)
            ?? (await db.LoanRepayments.AnyAsync(p => p.Id == r.RepaymentId && p.LoanId == loan.Id, cancellationToken)
                ? throw new DomainException("already_reversed", "This repayment was already reversed.")
                : throw new NotFoundException("Repayment", r.RepaymentId));
        var product = await postings.ProductAsync(loan, cancellationToken);

        reversed.MarkReversed(user.UserId, r.Reason.Trim(), clock.GetUtcNow());
        await ledger.ReverseAsync(reversed.JournalEntryId, r.Reason.Trim(), cancellationToken);
        var remaining = repayments.Where(p => p != reversed).ToList();
        var allocations = loan.Reallocate(remaining.Select(p => p.Amount).ToList());
        for (var k = 0; k < remaining.Count; k++)
        {
            await postings.ReallocateAsync(loan, product, remaining[k].Allocation, allocations[k], cancellationToken);
            remaining[k].Reallocate(allocations[k]);
        }
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }

    public async Task<LoanDto> Handle(WriteOffLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await LockAsync(r.Id, cancellationToken);
        var product = await postings.ProductAsync(loan, cancellationToken);
        loan.WriteOff(r.Reason.Trim(), clock.GetUtcNow());
        await postings.WriteOffAsync(loan, product, cancellationToken);
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }

    public static LoanRepaymentDto ToDto(LoanRepayment p) => new(p.Id, p.LoanId, p.Sequence, p.Amount, p.Date, p.Channel, p.Reference,
        p.PenaltiesPart, p.FeesPart, p.InterestPart, p.PrincipalPart, p.JournalEntryId, p.CreatedAt, p.ReversedAt, p.ReversalReason);

    private async Task<Loan> LockAsync(Guid id, CancellationToken ct) => await store.LockLoanAsync(id, ct) ?? throw new NotFoundException("Loan", id);

    private async Task EnsureNotFutureAsync(DateOnly date, string field, CancellationToken ct)
    {
        if (date > await institution.TodayAsync(ct)) throw new ValidationException(field, "The date cannot be in the future.");
    }
}
