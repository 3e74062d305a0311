namespace Microfinance.Application.IdentityAccess.Commands.StartTwoFactorEnrolment;

public sealed class StartTwoFactorEnrolmentCommandValidator : AbstractValidator<StartTwoFactorEnrolmentCommand>
{
    public StartTwoFactorEnrolmentCommandValidator() =>
        RuleFor(x => x.EnrolmentToken).EnrolmentToken().When(x => x.EnrolmentToken is not null);
}
