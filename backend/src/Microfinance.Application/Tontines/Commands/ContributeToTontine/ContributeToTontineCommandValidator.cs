using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Tontines.Commands.ContributeToTontine;

public sealed class ContributeToTontineCommandValidator : AbstractValidator<ContributeToTontineCommand>
{
    /// <summary>A bound on one contribution: a year of days is already more than any collector takes at once.</summary>
    public const int MaxDays = 366;

    public ContributeToTontineCommandValidator(MoneyRules money)
    {
        RuleFor(x => x.Channel).IsInEnum().NotEqual(Channel.MobileMoney)
            .WithLocalizedMessage("Mobile money is paid through POST /api/v1/payments (purpose TontineContribution); its confirmation fills the booklet.");
        RuleFor(x => x).Must(x => (x.Days is null) != (x.Amount is null)).WithName("days")
            .WithLocalizedMessage("Give either a number of days or an amount, not both.");
        RuleFor(x => x.Days!.Value).InclusiveBetween(1, MaxDays).When(x => x.Days is not null).OverridePropertyName("days");
        money.Apply(RuleFor(x => x.Amount!.Value)).When(x => x.Amount is not null).OverridePropertyName("amount");
    }
}
