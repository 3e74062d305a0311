namespace Microfinance.Application.Deposits.Commands.ActivateAccount;

public sealed class ActivateAccountCommandValidator : AbstractValidator<ActivateAccountCommand>
{
    public ActivateAccountCommandValidator() => RuleFor(x => x.Channel).IsInEnum();
}
