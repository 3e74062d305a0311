namespace Microfinance.Application.Anomalies.Queries.AskAssistant;

public sealed class AskAssistantQueryValidator : AbstractValidator<AskAssistantQuery>
{
    public AskAssistantQueryValidator()
    {
        RuleFor(x => x.Question).NotEmpty().MaximumLength(AskAssistantQuery.MaxQuestionLength);
        RuleFor(x => x.Month).Must(m => m is null || Months.TryParse(m, out _))
            .WithLocalizedMessage("A month is written yyyy-MM, for example 2026-11.");
    }
}
