namespace Microfinance.Application.Payments.Commands.DeliverSandboxPayment;

public sealed class DeliverSandboxPaymentCommandValidator : AbstractValidator<DeliverSandboxPaymentCommand>
{
    public DeliverSandboxPaymentCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
