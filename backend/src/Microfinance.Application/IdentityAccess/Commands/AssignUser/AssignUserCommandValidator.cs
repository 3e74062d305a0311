namespace Microfinance.Application.IdentityAccess.Commands.AssignUser;

public sealed class AssignUserCommandValidator : AbstractValidator<AssignUserCommand>
{
    public AssignUserCommandValidator() => RuleFor(x => x.Role).ValidInstitutionRole();
}
