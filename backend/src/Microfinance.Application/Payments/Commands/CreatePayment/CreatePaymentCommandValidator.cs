using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Payments.Commands.CreatePayment;

public sealed class CreatePaymentCommandValidator : AbstractValidator<CreatePaymentCommand>
{
    public CreatePaymentCommandValidator(MoneyRules money)
    {
        RuleFor(x => x.Purpose).IsInEnum();
        RuleFor(x => x.TargetId).NotEmpty();
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.PayerPhone).NotEmpty().Matches(PhoneNumbers.E164)
            .WithLocalizedMessage("The payer's phone must be in international format, e.g. +22997000000.");
        RuleFor(x => x.Provider).NotEmpty().MaximumLength(40);
    }
}
