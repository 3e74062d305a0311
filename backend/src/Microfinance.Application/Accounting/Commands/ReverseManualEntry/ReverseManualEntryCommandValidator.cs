namespace Microfinance.Application.Accounting.Commands.ReverseManualEntry;

public sealed class ReverseManualEntryCommandValidator : AbstractValidator<ReverseManualEntryCommand>
{
    public ReverseManualEntryCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(200);
}
