namespace Microfinance.Application.Payments.Commands.ResolvePayment;

public sealed class ResolvePaymentCommandValidator : AbstractValidator<ResolvePaymentCommand>
{
    public ResolvePaymentCommandValidator()
    {
        RuleFor(x => x.Resolution).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
    }
}
