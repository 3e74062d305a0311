using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands;

/// <summary>Asks for an account for a client: Requested, or Active at once where the product allows a single-step opening.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record OpenAccountCommand(Guid ClientId, Guid ProductId) : ICommand<DepositAccountDto>;

/// <summary>KYC checked: a supervisor who did not request the account approves it.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ApproveAccountCommand(Guid Id) : ICommand<DepositAccountDto>;

/// <summary>Activates an approved account; the product's opening fee is paid through <see cref="Channel"/> (cash by default).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ActivateAccountCommand(Channel Channel = Channel.Cash) : ICommand<DepositAccountDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseAccountCommand(Guid Id) : ICommand<DepositAccountDto>;

public sealed class ActivateAccountCommandValidator : AbstractValidator<ActivateAccountCommand>
{
    public ActivateAccountCommandValidator() => RuleFor(x => x.Channel).IsInEnum();
}

public sealed class AccountCommandHandlers(
    IApplicationDbContext db, ILedgerStore store, AccountPostings postings, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<OpenAccountCommand, DepositAccountDto>,
      IRequestHandler<ApproveAccountCommand, DepositAccountDto>,
      IRequestHandler<ActivateAccountCommand, DepositAccountDto>,
      IRequestHandler<CloseAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(OpenAccountCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken)
            ?? throw new ValidationException("clientId", "No client with this id in your institution.");
        if (client.Status is ClientStatus.Suspended or ClientStatus.Closed)
            throw new DomainException("client_not_active", $"The client is {client.Status.ToString().ToLowerInvariant()}: no new account.");
        var product = await db.DepositProducts.FirstOrDefaultAsync(p => p.Id == request.ProductId && p.IsActive, cancellationToken)
            ?? throw new ValidationException("productId", "No active deposit product with this id in your institution.");
        var branch = await db.Branches.FirstAsync(b => b.Id == client.BranchId, cancellationToken);

        var number = AccountNumber.Create(branch.Code, await store.NextNumberAsync("account", cancellationToken));
        var now = clock.GetUtcNow();
        var account = new DepositAccount(client.InstitutionId, branch.Id, client.Id, product.Id, number, user.UserId!.Value, now);
        db.DepositAccounts.Add(account);
        if (product.AllowsSingleStepOpening)
        {
            RequireKyc(client);
            account.OpenInOneStep(now);
            await postings.PostOpeningFeeAsync(account, product, Channel.Cash, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }

    public async Task<DepositAccountDto> Handle(ApproveAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await FindAsync(request.Id, cancellationToken);
        RequireKyc(await db.Clients.FirstAsync(c => c.Id == account.ClientId, cancellationToken));
        account.Approve(user.UserId!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }

    public async Task<DepositAccountDto> Handle(ActivateAccountCommand request, CancellationToken cancellationToken)
    {
        var (account, _) = await postings.LockOneAsync(request.Id, cancellationToken);
        account.Activate(clock.GetUtcNow());
        await postings.PostOpeningFeeAsync(account, await postings.ProductAsync(account, cancellationToken), request.Channel, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }

    public async Task<DepositAccountDto> Handle(CloseAccountCommand request, CancellationToken cancellationToken)
    {
        var (account, _) = await postings.LockOneAsync(request.Id, cancellationToken);
        if (await db.WithdrawalRequests.AnyAsync(w => w.AccountId == account.Id && w.Status == WithdrawalRequestStatus.Pending, cancellationToken))
            throw new DomainException("pending_withdrawal", "Decide on the account's pending withdrawal first.");
        account.Close(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }

    private static void RequireKyc(Client client)
    {
        if (client.Status != ClientStatus.Active)
            throw new DomainException("client_kyc_pending", "The client's identity is not checked yet (no ID document on file).");
    }

    private async Task<DepositAccount> FindAsync(Guid id, CancellationToken ct) =>
        await db.DepositAccounts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Account", id);
}
