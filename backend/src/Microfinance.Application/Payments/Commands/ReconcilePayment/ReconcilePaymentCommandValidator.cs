namespace Microfinance.Application.Payments.Commands.ReconcilePayment;

public sealed class ReconcilePaymentCommandValidator : AbstractValidator<ReconcilePaymentCommand>
{
    public ReconcilePaymentCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
