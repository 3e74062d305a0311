namespace Microfinance.Application.Payments.Commands.CreatePaymentProvider;

public sealed class CreatePaymentProviderCommandValidator : AbstractValidator<CreatePaymentProviderCommand>
{
    public CreatePaymentProviderCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[a-z0-9][a-z0-9-]{1,39}$")
            .WithLocalizedMessage("The code is 2 to 40 lowercase letters, digits or dashes (it is part of the webhook's address).");
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(80);
    }
}
