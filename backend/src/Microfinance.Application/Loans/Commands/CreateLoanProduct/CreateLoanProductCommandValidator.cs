namespace Microfinance.Application.Loans.Commands.CreateLoanProduct;

public sealed class CreateLoanProductCommandValidator : AbstractValidator<CreateLoanProductCommand>
{
    public CreateLoanProductCommandValidator()
    {
        Include(new LoanProductFieldsValidator());
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithLocalizedMessage("2 to 16 letters, digits or '-'.");
    }
}
