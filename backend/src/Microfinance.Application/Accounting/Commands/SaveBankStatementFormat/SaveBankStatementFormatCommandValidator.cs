namespace Microfinance.Application.Accounting.Commands.SaveBankStatementFormat;

public sealed class SaveBankStatementFormatCommandValidator : AbstractValidator<SaveBankStatementFormatCommand>
{
    /// <summary>The separators and date layouts banks of the region use; anything else is a 400.</summary>
    public static readonly string[] Delimiters = [";", ",", "\t", "|"];
    public static readonly string[] DecimalSeparators = [",", "."];
    public static readonly string[] DateFormats = ["dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yy", "yyyy-MM-dd", "yyyyMMdd", "MM/dd/yyyy"];

    public const int MaxColumn = 50;

    public SaveBankStatementFormatCommandValidator()
    {
        RuleFor(x => x.Delimiter).Must(d => Delimiters.Contains(d)).WithMessage(x => OneOf(x.Delimiter, "; , | tab"));
        RuleFor(x => x.DecimalSeparator).Must(d => DecimalSeparators.Contains(d)).WithMessage(x => OneOf(x.DecimalSeparator, ", ."));
        RuleFor(x => x.DateFormat).Must(f => DateFormats.Contains(f))
            .WithMessage(x => OneOf(x.DateFormat, string.Join(", ", DateFormats)));
        RuleFor(x => x.DateColumn).InclusiveBetween(1, MaxColumn);
        RuleFor(x => x.LabelColumn).InclusiveBetween(1, MaxColumn);
        RuleFor(x => x.AmountColumn).InclusiveBetween(1, MaxColumn).When(x => x.AmountColumn is not null);
        RuleFor(x => x.DebitColumn).InclusiveBetween(1, MaxColumn).When(x => x.DebitColumn is not null);
        RuleFor(x => x.CreditColumn).InclusiveBetween(1, MaxColumn).When(x => x.CreditColumn is not null);
        RuleFor(x => x.ReferenceColumn).InclusiveBetween(1, MaxColumn).When(x => x.ReferenceColumn is not null);
    }

    private static string OneOf(string value, string allowed) => Localizer.Format("'{0}' is not one of: {1}.", [value, allowed]);
}
