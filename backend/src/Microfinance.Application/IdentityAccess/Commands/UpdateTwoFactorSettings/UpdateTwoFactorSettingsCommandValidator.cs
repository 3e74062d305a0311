namespace Microfinance.Application.IdentityAccess.Commands.UpdateTwoFactorSettings;

public sealed class UpdateTwoFactorSettingsCommandValidator : AbstractValidator<UpdateTwoFactorSettingsCommand>
{
    public UpdateTwoFactorSettingsCommandValidator()
    {
        RuleFor(x => x.RequiredRoles).NotNull().Must(r => r.Count <= Roles.InstitutionRoles.Count);
        RuleForEach(x => x.RequiredRoles).ValidInstitutionRole();
    }
}
