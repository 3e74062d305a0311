namespace Microfinance.Application.Accounting.Commands.CreateGlAccount;

public sealed class CreateGlAccountCommandValidator : AbstractValidator<CreateGlAccountCommand>
{
    public CreateGlAccountCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[1-7][0-9]{1,11}$").WithLocalizedMessage("2 to 12 digits, starting with the class (1 to 7).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(160);
        RuleFor(x => x.Type).IsInEnum();
    }
}
