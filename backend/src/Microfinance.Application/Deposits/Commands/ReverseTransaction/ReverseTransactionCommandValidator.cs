namespace Microfinance.Application.Deposits.Commands.ReverseTransaction;

public sealed class ReverseTransactionCommandValidator : AbstractValidator<ReverseTransactionCommand>
{
    public ReverseTransactionCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
