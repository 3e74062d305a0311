namespace Microfinance.Application.Accounting.Commands.RejectManualEntry;

public sealed class RejectManualEntryCommandValidator : AbstractValidator<RejectManualEntryCommand>
{
    public RejectManualEntryCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
}
