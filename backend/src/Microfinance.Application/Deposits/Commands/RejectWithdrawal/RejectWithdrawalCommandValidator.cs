namespace Microfinance.Application.Deposits.Commands.RejectWithdrawal;

public sealed class RejectWithdrawalCommandValidator : AbstractValidator<RejectWithdrawalCommand>
{
    public RejectWithdrawalCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
