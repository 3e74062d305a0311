namespace Microfinance.Application.Accounting.Commands.ReopenAccountingPeriod;

public sealed class ReopenAccountingPeriodCommandValidator : AbstractValidator<ReopenAccountingPeriodCommand>
{
    public ReopenAccountingPeriodCommandValidator()
    {
        AccountingPeriodMonth.Apply(RuleFor(x => x.Month));
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}
