using System.Text.Json.Serialization;

namespace Microfinance.Application.Branches.Commands;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateBranchCommand(string Code, string Name, string? Address) : ICommand<BranchDto>;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateBranchCommand(string Name, string? Address) : ICommand<BranchDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

[Authorize(Roles.SfdAdmin)]
public sealed record DeactivateBranchCommand(Guid Id) : ICommand<BranchDto>;

public sealed class CreateBranchCommandValidator : AbstractValidator<CreateBranchCommand>
{
    public CreateBranchCommandValidator()
    {
        // The code prefixes account numbers: short and unambiguous.
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9]{2,8}$").WithMessage("Use 2 to 8 letters or digits.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Address).MaximumLength(300);
    }
}

public sealed class UpdateBranchCommandValidator : AbstractValidator<UpdateBranchCommand>
{
    public UpdateBranchCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Address).MaximumLength(300);
    }
}

public sealed class BranchCommandHandlers(IApplicationDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateBranchCommand, BranchDto>,
      IRequestHandler<UpdateBranchCommand, BranchDto>,
      IRequestHandler<DeactivateBranchCommand, BranchDto>
{
    public async Task<BranchDto> Handle(CreateBranchCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.Branches.AnyAsync(b => b.Code == code, cancellationToken))
            throw new ConflictException("branch_code_taken", $"A branch with code '{code}' already exists.");
        var branch = new Branch(tenant.RequiredInstitutionId, code, request.Name, request.Address, clock.GetUtcNow());
        db.Branches.Add(branch);
        await db.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }

    public async Task<BranchDto> Handle(UpdateBranchCommand request, CancellationToken cancellationToken)
    {
        var branch = await FindAsync(request.Id, cancellationToken);
        branch.Rename(request.Name, request.Address);
        await db.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }

    public async Task<BranchDto> Handle(DeactivateBranchCommand request, CancellationToken cancellationToken)
    {
        var branch = await FindAsync(request.Id, cancellationToken);
        branch.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }

    private async Task<Branch> FindAsync(Guid id, CancellationToken ct) =>
        await db.Branches.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException("Branch", id);
}
