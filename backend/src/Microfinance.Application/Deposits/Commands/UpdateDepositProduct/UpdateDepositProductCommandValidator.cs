namespace Microfinance.Application.Deposits.Commands.UpdateDepositProduct;

public sealed class UpdateDepositProductCommandValidator : AbstractValidator<UpdateDepositProductCommand>
{
    public UpdateDepositProductCommandValidator() => Include(new DepositProductFieldsValidator());
}
