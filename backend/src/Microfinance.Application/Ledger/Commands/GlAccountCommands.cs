using System.Text.Json.Serialization;
using Microfinance.Domain.Ledger;

namespace Microfinance.Application.Ledger.Commands;

[Authorize(Roles.Accountant)]
public sealed record CreateGlAccountCommand(string Code, string Name, GlAccountType Type) : ICommand<GlAccountDto>;

[Authorize(Roles.Accountant)]
public sealed record RenameGlAccountCommand(string Name) : ICommand<GlAccountDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

/// <summary>Only an account nothing refers to (no posting, no product, no mapping) can be deleted.</summary>
[Authorize(Roles.Accountant)]
public sealed record DeleteGlAccountCommand(Guid Id) : ICommand<Unit>;

public sealed class CreateGlAccountCommandValidator : AbstractValidator<CreateGlAccountCommand>
{
    public CreateGlAccountCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[1-7][0-9]{1,11}$").WithMessage("2 to 12 digits, starting with the class (1 to 7).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
        RuleFor(x => x.Type).IsInEnum();
    }
}

public sealed class RenameGlAccountCommandValidator : AbstractValidator<RenameGlAccountCommand>
{
    public RenameGlAccountCommandValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
}

public sealed class GlAccountCommandHandlers(IApplicationDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateGlAccountCommand, GlAccountDto>,
      IRequestHandler<RenameGlAccountCommand, GlAccountDto>,
      IRequestHandler<DeleteGlAccountCommand, Unit>
{
    public async Task<GlAccountDto> Handle(CreateGlAccountCommand request, CancellationToken cancellationToken)
    {
        if (await db.GlAccounts.AnyAsync(a => a.Code == request.Code, cancellationToken))
            throw new ConflictException("gl_code_taken", $"GL account {request.Code} already exists.");
        var account = new GlAccount(tenant.RequiredInstitutionId, request.Code, request.Name, request.Type, clock.GetUtcNow());
        db.GlAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account.ToDto();
    }

    public async Task<GlAccountDto> Handle(RenameGlAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await FindAsync(request.Id, cancellationToken);
        account.Rename(request.Name);
        await db.SaveChangesAsync(cancellationToken);
        return account.ToDto();
    }

    public async Task<Unit> Handle(DeleteGlAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await FindAsync(request.Id, cancellationToken);
        var used = await db.JournalLines.AnyAsync(l => l.GlAccountId == account.Id, cancellationToken)
                   || await db.LedgerMappings.AnyAsync(m => m.GlAccountId == account.Id, cancellationToken)
                   || await db.DepositProducts.AnyAsync(p => p.DepositsGlAccountId == account.Id || p.FeeIncomeGlAccountId == account.Id
                                                             || p.InterestExpenseGlAccountId == account.Id, cancellationToken);
        if (used)
            throw new ConflictException("gl_account_in_use", $"GL account {account.Code} has postings or is mapped to a product or a purpose; it cannot be deleted.");
        db.GlAccounts.Remove(account);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<GlAccount> FindAsync(Guid id, CancellationToken ct) =>
        await db.GlAccounts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("GL account", id);
}
