using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Tontines.Commands.PayTontineAdhesionFee;

public sealed class PayTontineAdhesionFeeCommandValidator : AbstractValidator<PayTontineAdhesionFeeCommand>
{
    public PayTontineAdhesionFeeCommandValidator() =>
        RuleFor(x => x.Channel).IsInEnum().NotEqual(Channel.MobileMoney)
            .WithLocalizedMessage("Mobile money is paid through POST /api/v1/payments (purpose TontineAdhesionFee); its confirmation activates the adhesion.");
}
