using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Accounting.Commands.CreateManualEntry;

public sealed class CreateManualEntryCommandValidator : AbstractValidator<CreateManualEntryCommand>
{
    /// <summary>More lines than any hand-written entry needs; a bound on the request.</summary>
    public const int MaxLines = 100;

    public CreateManualEntryCommandValidator(MoneyRules money)
    {
        RuleFor(x => x.ValueDate).NotEmpty();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(250);
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(60);
        RuleFor(x => x.AttachmentName).MaximumLength(200);
        RuleFor(x => x.Lines).NotNull().Must(l => l.Count is >= 2 and <= MaxLines)
            .WithLocalizedMessage("An entry has from 2 to {0} lines.", MaxLines);
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.GlAccountId).NotEmpty();
            line.RuleFor(l => l).Must(l => (l.Debit > 0) != (l.Credit > 0) && l.Debit >= 0 && l.Credit >= 0)
                .OverridePropertyName("debit").WithLocalizedMessage("A line has either a debit or a credit, positive.");
            money.Apply(line.RuleFor(l => l.Debit + l.Credit)).When(l => (l.Debit > 0) != (l.Credit > 0)).OverridePropertyName("amount");
            line.RuleFor(l => l.Label).MaximumLength(200);
        }).When(x => x.Lines is not null);
        RuleFor(x => x.Lines).Must(Balanced).When(x => x.Lines is not null)
            .WithMessage(x => Localizer.Format("The entry is not balanced: debits {0}, credits {1}, a difference of {2}.",
                [x.Lines.Sum(l => l.Debit), x.Lines.Sum(l => l.Credit), Math.Abs(x.Lines.Sum(l => l.Debit) - x.Lines.Sum(l => l.Credit))]));
    }

    private static bool Balanced(IReadOnlyList<ManualEntryLineInput> lines) => lines.Sum(l => l.Debit) == lines.Sum(l => l.Credit);
}
