using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DepositCommand(decimal Amount, Channel Channel, string? Reference = null, DateOnly? ValueDate = null) : ICommand<TransactionDto>, IMovementFields
{
    [JsonIgnore] public Guid AccountId { get; init; }
}

/// <summary>Posted at once, or — above the product's threshold — left for a supervisor's approval.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record WithdrawCommand(decimal Amount, Channel Channel, string? Reference = null, DateOnly? ValueDate = null) : ICommand<WithdrawalOutcome>, IMovementFields
{
    [JsonIgnore] public Guid AccountId { get; init; }
}

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record TransferCommand(Guid FromAccountId, Guid ToAccountId, decimal Amount, string? Reference = null, DateOnly? ValueDate = null)
    : ICommand<TransferDto>, IMovementFields;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveWithdrawalCommand(Guid Id) : ICommand<TransactionDto>;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RejectWithdrawalCommand(string Reason) : ICommand<WithdrawalRequestDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

/// <summary>A correction: a reversal entry restores the balance(s); the original is marked reversed, never changed.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReverseTransactionCommand(string Reason) : ICommand<IReadOnlyList<TransactionDto>>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public interface IMovementFields
{
    decimal Amount { get; }
    string? Reference { get; }
}

public sealed class MovementFieldsValidator : AbstractValidator<IMovementFields>
{
    public MovementFieldsValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}

public sealed class DepositCommandValidator : AbstractValidator<DepositCommand>
{
    public DepositCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}

public sealed class WithdrawCommandValidator : AbstractValidator<WithdrawCommand>
{
    public WithdrawCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}

public sealed class TransferCommandValidator : AbstractValidator<TransferCommand>
{
    public TransferCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.ToAccountId).NotEqual(x => x.FromAccountId).WithMessage("Choose another account than the source.");
    }
}

public sealed class ReasonValidator : AbstractValidator<RejectWithdrawalCommand>
{
    public ReasonValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class ReverseTransactionCommandValidator : AbstractValidator<ReverseTransactionCommand>
{
    public ReverseTransactionCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}

public sealed class MoneyCommandHandlers(
    IApplicationDbContext db, AccountPostings postings, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DepositCommand, TransactionDto>,
      IRequestHandler<WithdrawCommand, WithdrawalOutcome>,
      IRequestHandler<TransferCommand, TransferDto>,
      IRequestHandler<ApproveWithdrawalCommand, TransactionDto>,
      IRequestHandler<RejectWithdrawalCommand, WithdrawalRequestDto>,
      IRequestHandler<ReverseTransactionCommand, IReadOnlyList<TransactionDto>>
{
    public async Task<TransactionDto> Handle(DepositCommand r, CancellationToken cancellationToken)
    {
        var posted = await postings.DepositAsync(r.AccountId, r.Amount, r.Channel, r.Reference, r.ValueDate, cancellationToken);
        return await reader.TransactionAsync(posted, cancellationToken);
    }

    public async Task<WithdrawalOutcome> Handle(WithdrawCommand r, CancellationToken cancellationToken)
    {
        var locked = await postings.LockOneAsync(r.AccountId, cancellationToken);
        var account = locked.Account;
        var product = await postings.ProductAsync(account, cancellationToken);
        if (!product.NeedsApproval(r.Amount))
        {
            var posted = await postings.WithdrawAsync(locked, r.Amount, r.Channel, r.Reference, r.ValueDate, cancellationToken);
            return new WithdrawalOutcome(await reader.TransactionAsync(posted, cancellationToken), null);
        }

        // Refuse now what could not be paid anyway; the balance is checked again, under lock, at approval.
        if (account.Status != DepositAccountStatus.Active)
            throw new DomainException("account_status_conflict", $"Money moves only on an active account. The account is {account.Status}.");
        if (account.Balance - r.Amount < product.MinimumBalance)
            throw new DomainException("insufficient_funds", $"The balance ({account.Balance}) cannot cover {r.Amount} and keep {product.MinimumBalance} on the account.");
        var request = new WithdrawalRequest(account.InstitutionId, account.Id, r.Amount, r.Channel, r.Reference, r.ValueDate, user.UserId!.Value, clock.GetUtcNow());
        db.WithdrawalRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return new WithdrawalOutcome(null, await reader.WithdrawalRequestAsync(request.Id, cancellationToken));
    }

    public async Task<TransferDto> Handle(TransferCommand r, CancellationToken cancellationToken)
    {
        var (entry, debit, credit) = await postings.TransferAsync(r.FromAccountId, r.ToAccountId, r.Amount, r.Reference, r.ValueDate, cancellationToken);
        return new TransferDto(entry.Id, await reader.TransactionAsync(debit.Id, cancellationToken), await reader.TransactionAsync(credit.Id, cancellationToken));
    }

    public async Task<TransactionDto> Handle(ApproveWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var (request, locked) = await FindRequestAsync(r.Id, cancellationToken);
        request.Approve(user.UserId!.Value, clock.GetUtcNow());
        var posted = await postings.WithdrawAsync(locked, request.Amount, request.Channel, request.Reference, request.ValueDate, cancellationToken);
        request.RecordPosting(posted.Transaction.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.TransactionAsync(posted, cancellationToken);
    }

    public async Task<WithdrawalRequestDto> Handle(RejectWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var (request, _) = await FindRequestAsync(r.Id, cancellationToken);
        request.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.WithdrawalRequestAsync(request.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<TransactionDto>> Handle(ReverseTransactionCommand r, CancellationToken cancellationToken)
    {
        var reversals = await postings.ReverseAsync(r.Id, r.Reason.Trim(), cancellationToken);
        var ids = reversals.Select(t => t.Id).ToList();
        return await (await reader.TransactionsAsync(cancellationToken)).Where(t => ids.Contains(t.Id)).OrderBy(t => t.IsCredit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Locks the request's account before reading the request, so two supervisors deciding at once are served one after
    /// the other and the second sees the first's decision.
    /// </summary>
    private async Task<(WithdrawalRequest Request, LockedAccount Account)> FindRequestAsync(Guid id, CancellationToken ct)
    {
        var accountId = await db.WithdrawalRequests.Where(w => w.Id == id).Select(w => (Guid?)w.AccountId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Withdrawal request", id);
        var account = await postings.LockOneAsync(accountId, ct);
        return (await db.WithdrawalRequests.FirstAsync(w => w.Id == id, ct), account);
    }
}
