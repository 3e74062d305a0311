namespace Microfinance.Application.Treasury.Commands.CloseCashDrawer;

public sealed class CloseCashDrawerCommandValidator : AbstractValidator<CloseCashDrawerCommand>
{
    public CloseCashDrawerCommandValidator()
    {
        RuleFor(x => x.Counts).NotNull().Must(c => c is null || c.Count <= DenominationCountValidator.MaxLines)
            .WithLocalizedMessage("A count has at most {0} lines.", DenominationCountValidator.MaxLines);
        RuleForEach(x => x.Counts).NotNull().SetValidator(new DenominationCountValidator());
        RuleFor(x => x.Note).MaximumLength(300);
    }
}
