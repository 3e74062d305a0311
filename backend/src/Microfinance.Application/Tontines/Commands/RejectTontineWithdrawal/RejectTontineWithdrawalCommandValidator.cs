namespace Microfinance.Application.Tontines.Commands.RejectTontineWithdrawal;

public sealed class RejectTontineWithdrawalCommandValidator : AbstractValidator<RejectTontineWithdrawalCommand>
{
    public RejectTontineWithdrawalCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
