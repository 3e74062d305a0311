namespace Microfinance.Application.Deposits.Commands.PostSavingsInterest;

public sealed class PostSavingsInterestCommandValidator : AbstractValidator<PostSavingsInterestCommand>
{
    public PostSavingsInterestCommandValidator()
    {
        RuleFor(x => x.Month).Must(m => Months.TryParse(m, out _))
            .WithLocalizedMessage("A month is written yyyy-MM, for example 2026-11.");
    }
}
