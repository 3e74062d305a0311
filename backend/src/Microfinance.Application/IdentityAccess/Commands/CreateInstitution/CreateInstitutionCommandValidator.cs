namespace Microfinance.Application.IdentityAccess.Commands.CreateInstitution;

public sealed class CreateInstitutionCommandValidator : AbstractValidator<CreateInstitutionCommand>
{
    public CreateInstitutionCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithLocalizedMessage("Use 2 to 16 letters, digits or '-'.");
        RuleFor(x => x.CurrencyCode).Matches("^[A-Z]{3}$").WithLocalizedMessage("Use an ISO 4217 code such as XOF.");
        RuleFor(x => x.TimeZone).Must(BeAKnownTimeZone!).When(x => x.TimeZone is not null)
            .WithLocalizedMessage("Use an IANA time zone such as Africa/Abidjan.");
        RuleFor(x => x.AdminUsername).ValidUsername();
        RuleFor(x => x.AdminDisplayName).ValidDisplayName();
        RuleFor(x => x.AdminEmail).ValidEmail();
        RuleFor(x => x.AdminPassword).ValidPassword();
    }

    private static bool BeAKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
