using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Commands.CreateGlAccount;

public sealed class CreateGlAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateGlAccountCommand, GlAccountDto>
{
    public async Task<GlAccountDto> Handle(CreateGlAccountCommand request, CancellationToken cancellationToken)
    {
        if (await db.GlAccounts.AnyAsync(a => a.Code == request.Code, cancellationToken))
            throw new ConflictException("gl_code_taken", "GL account {0} already exists.", request.Code);
        var account = new GlAccount(tenant.RequiredInstitutionId, request.Code, request.Name, request.Type, clock.GetUtcNow());
        db.GlAccounts.Add(account);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return account.ToDto();
    }
}
