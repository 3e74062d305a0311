using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Commands.Transfer;

public sealed class TransferCommandValidator : AbstractValidator<TransferCommand>
{
    public TransferCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.ToAccountId).NotEqual(x => x.FromAccountId).WithLocalizedMessage("Choose another account than the source.");
    }
}
