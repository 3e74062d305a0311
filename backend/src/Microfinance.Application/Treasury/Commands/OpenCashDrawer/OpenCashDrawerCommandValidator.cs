namespace Microfinance.Application.Treasury.Commands.OpenCashDrawer;

public sealed class OpenCashDrawerCommandValidator : AbstractValidator<OpenCashDrawerCommand>
{
    public OpenCashDrawerCommandValidator()
    {
        RuleFor(x => x.Counts).NotNull().Must(c => c is null || c.Count <= DenominationCountValidator.MaxLines)
            .WithLocalizedMessage("A count has at most {0} lines.", DenominationCountValidator.MaxLines);
        RuleForEach(x => x.Counts).NotNull().SetValidator(new DenominationCountValidator());
    }
}
