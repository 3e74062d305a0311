using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Commands.UpdateTontine;

public sealed class UpdateTontineCommandValidator : AbstractValidator<UpdateTontineCommand>
{
    public UpdateTontineCommandValidator(MoneyRules money) => Include(new TontineFieldsValidator(money));
}
