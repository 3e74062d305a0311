using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Commands.RequestTontineAdhesion;

public sealed class RequestTontineAdhesionCommandValidator : AbstractValidator<RequestTontineAdhesionCommand>
{
    public RequestTontineAdhesionCommandValidator(MoneyRules money)
    {
        RuleFor(x => x.ClientId).NotEmpty();
        money.Apply(RuleFor(x => x.DailyAmount));
    }
}
