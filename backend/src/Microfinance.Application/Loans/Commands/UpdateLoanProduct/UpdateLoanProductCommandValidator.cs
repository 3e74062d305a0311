namespace Microfinance.Application.Loans.Commands.UpdateLoanProduct;

public sealed class UpdateLoanProductCommandValidator : AbstractValidator<UpdateLoanProductCommand>
{
    public UpdateLoanProductCommandValidator() => Include(new LoanProductFieldsValidator());
}
