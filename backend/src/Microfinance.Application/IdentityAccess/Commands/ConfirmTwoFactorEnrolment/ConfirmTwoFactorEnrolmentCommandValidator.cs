namespace Microfinance.Application.IdentityAccess.Commands.ConfirmTwoFactorEnrolment;

public sealed class ConfirmTwoFactorEnrolmentCommandValidator : AbstractValidator<ConfirmTwoFactorEnrolmentCommand>
{
    public ConfirmTwoFactorEnrolmentCommandValidator()
    {
        RuleFor(x => x.Code).TotpCode();
        RuleFor(x => x.EnrolmentToken).EnrolmentToken().When(x => x.EnrolmentToken is not null);
    }
}
