using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Clients;

public sealed class ClientFieldsValidator : AbstractValidator<IClientFields>
{
    public const int MinimumAgeYears = 15;

    public ClientFieldsValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(80);
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(80);
        RuleFor(x => x.Gender).IsInEnum();
        RuleFor(x => x.DateOfBirth)
            .LessThanOrEqualTo(today.AddYears(-MinimumAgeYears)).WithLocalizedMessage("A client is at least {0} years old.", MinimumAgeYears)
            .GreaterThan(today.AddYears(-120)).WithLocalizedMessage("Check the date of birth.");
        RuleFor(x => x.Phone).NotEmpty().ValidPhone();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Address).MaximumLength(300);
        RuleFor(x => x.City).MaximumLength(100);
        RuleFor(x => x.Occupation).MaximumLength(100);
        RuleFor(x => x.IdDocumentType).NotNull().When(x => !string.IsNullOrWhiteSpace(x.IdDocumentNumber))
            .WithLocalizedMessage("Say which document the number is from.");
        RuleFor(x => x.IdDocumentType).IsInEnum();
        RuleFor(x => x.IdDocumentNumber).NotEmpty().When(x => x.IdDocumentType is not null)
            .WithLocalizedMessage("Give the document's number.");
        RuleFor(x => x.IdDocumentNumber).Matches("^[A-Za-z0-9][A-Za-z0-9 /-]{2,39}$")
            .When(x => !string.IsNullOrWhiteSpace(x.IdDocumentNumber))
            .WithLocalizedMessage("3 to 40 letters, digits, spaces, '/' or '-'.");
    }
}
