namespace Microfinance.Application.Deposits.Commands.CreateDepositProduct;

public sealed class CreateDepositProductCommandValidator : AbstractValidator<CreateDepositProductCommand>
{
    public CreateDepositProductCommandValidator()
    {
        Include(new DepositProductFieldsValidator());
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithLocalizedMessage("2 to 16 letters, digits or '-'.");
        RuleFor(x => x.Kind).IsInEnum();
    }
}
