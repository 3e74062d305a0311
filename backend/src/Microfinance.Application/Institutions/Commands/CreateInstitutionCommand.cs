using Microfinance.Application.Ledger;
using Microfinance.Application.Users;

namespace Microfinance.Application.Institutions.Commands;

/// <summary>Creates a tenant together with its first administrator, in one transaction.</summary>
[Authorize(Roles.PlatformAdmin)]
public sealed record CreateInstitutionCommand(
    string Name, string Code, string? CurrencyCode, string? TimeZone,
    string AdminUsername, string AdminDisplayName, string? AdminEmail, string AdminPassword) : ICommand<InstitutionDto>;

public sealed class CreateInstitutionCommandValidator : AbstractValidator<CreateInstitutionCommand>
{
    public CreateInstitutionCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithMessage("Use 2 to 16 letters, digits or '-'.");
        RuleFor(x => x.CurrencyCode).Matches("^[A-Z]{3}$").WithMessage("Use an ISO 4217 code such as XOF.");
        RuleFor(x => x.TimeZone).Must(BeAKnownTimeZone!).When(x => x.TimeZone is not null)
            .WithMessage("Use an IANA time zone such as Africa/Abidjan.");
        RuleFor(x => x.AdminUsername).ValidUsername();
        RuleFor(x => x.AdminDisplayName).ValidDisplayName();
        RuleFor(x => x.AdminEmail).ValidEmail();
        RuleFor(x => x.AdminPassword).ValidPassword();
    }

    private static bool BeAKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

public sealed class CreateInstitutionCommandHandler(
    IApplicationDbContext db, IIdentityService identity, ITenantContext tenant, ChartOfAccountsSetup chart, TimeProvider clock)
    : IRequestHandler<CreateInstitutionCommand, InstitutionDto>
{
    public async Task<InstitutionDto> Handle(CreateInstitutionCommand r, CancellationToken cancellationToken)
    {
        var code = r.Code.Trim().ToUpperInvariant();
        if (await db.Institutions.AnyAsync(i => i.Code == code, cancellationToken))
            throw new ConflictException("institution_code_taken", $"An institution with code '{code}' already exists.");

        var institution = new Institution(r.Name, code, r.CurrencyCode ?? Institution.DefaultCurrency,
            r.TimeZone ?? Institution.DefaultTimeZone, clock.GetUtcNow());
        db.Institutions.Add(institution);
        await db.SaveChangesAsync(cancellationToken);

        // The chart of accounts and the first administrator belong to the new institution, not to the platform admin's scope.
        using (tenant.EnterInstitutionScope(institution.Id))
        {
            chart.Seed(institution.Id);
            await db.SaveChangesAsync(cancellationToken);
            await identity.CreateUserAsync(
                new NewUser(r.AdminUsername, r.AdminDisplayName, r.AdminEmail, null, Roles.SfdAdmin, null, r.AdminPassword),
                nameof(r.AdminPassword), cancellationToken);
        }
        return institution.ToDto();
    }
}
