namespace Microfinance.Application.Accounting.Commands.CloseAccountingPeriod;

public sealed class CloseAccountingPeriodCommandValidator : AbstractValidator<CloseAccountingPeriodCommand>
{
    public CloseAccountingPeriodCommandValidator() => AccountingPeriodMonth.Apply(RuleFor(x => x.Month));
}
