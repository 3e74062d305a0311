using Microfinance.Application.Accounting;

namespace Microfinance.Application.IdentityAccess.Commands.CreateInstitution;

public sealed class CreateInstitutionCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IIdentityService identity, ITenantContext tenant, ChartOfAccountsSetup chart, TimeProvider clock)
    : IRequestHandler<CreateInstitutionCommand, InstitutionDto>
{
    public async Task<InstitutionDto> Handle(CreateInstitutionCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.Institutions.AnyAsync(i => i.Code == code, cancellationToken))
            throw new ConflictException("institution_code_taken", "An institution with code '{0}' already exists.", code);

        var institution = new Institution(r.Name, code, r.CurrencyCode ?? Institution.DefaultCurrency,
            r.TimeZone ?? Institution.DefaultTimeZone, clock.GetUtcNow());
        db.Institutions.Add(institution);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // The chart of accounts and the first administrator belong to the new institution, not to the platform admin's scope.
        using (tenant.EnterInstitutionScope(institution.Id))
        {
            chart.Seed(institution.Id);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await identity.CreateUserAsync(
                new NewUser(r.AdminUsername, r.AdminDisplayName, r.AdminEmail, null, Roles.SfdAdmin, null, r.AdminPassword),
                nameof(r.AdminPassword), cancellationToken);
        }
        return institution.ToDto();
    }
}
