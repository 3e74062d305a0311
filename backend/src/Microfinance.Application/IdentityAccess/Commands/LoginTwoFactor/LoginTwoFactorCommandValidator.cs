namespace Microfinance.Application.IdentityAccess.Commands.LoginTwoFactor;

public sealed class LoginTwoFactorCommandValidator : AbstractValidator<LoginTwoFactorCommand>
{
    public LoginTwoFactorCommandValidator()
    {
        RuleFor(x => x.ChallengeToken).NotEmpty().MaximumLength(2048);
        RuleFor(x => x.Code).TotpCode().When(x => x.Code is not null);
        RuleFor(x => x.RecoveryCode).NotEmpty().MaximumLength(32).When(x => x.RecoveryCode is not null);
        RuleFor(x => x.Code).Must((command, code) => (code is null) != (command.RecoveryCode is null))
            .WithLocalizedMessage("Give either a code or a recovery code.");
    }
}
