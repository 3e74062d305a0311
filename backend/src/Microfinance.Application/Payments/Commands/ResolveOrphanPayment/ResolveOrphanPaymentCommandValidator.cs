using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.ResolveOrphanPayment;

public sealed class ResolveOrphanPaymentCommandValidator : AbstractValidator<ResolveOrphanPaymentCommand>
{
    public ResolveOrphanPaymentCommandValidator()
    {
        RuleFor(x => x.Resolution).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
        RuleFor(x => x.AccountId).NotEmpty().When(x => x.Resolution == PaymentResolution.Post)
            .WithLocalizedMessage("Name the account the money is credited to.");
        RuleFor(x => x.AccountId).Empty().When(x => x.Resolution == PaymentResolution.Refunded)
            .WithLocalizedMessage("A refunded payment is credited to no account.");
    }
}
