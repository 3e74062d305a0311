namespace Microfinance.Application.Deposits.Commands.RejectAccount;

public sealed class RejectAccountCommandValidator : AbstractValidator<RejectAccountCommand>
{
    public RejectAccountCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
