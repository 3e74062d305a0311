using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Commands.CreateTontine;

public sealed class CreateTontineCommandValidator : AbstractValidator<CreateTontineCommand>
{
    public CreateTontineCommandValidator(MoneyRules money)
    {
        Include(new TontineFieldsValidator(money));
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9-]{2,16}$").WithLocalizedMessage("2 to 16 letters, digits or '-'.");
    }
}
