namespace Microfinance.Application.Anomalies.Queries.WriteMonthlySummary;

public sealed class WriteMonthlySummaryQueryValidator : AbstractValidator<WriteMonthlySummaryQuery>
{
    public WriteMonthlySummaryQueryValidator()
    {
        RuleFor(x => x.Month).Must(m => Months.TryParse(m, out _))
            .WithLocalizedMessage("A month is written yyyy-MM, for example 2026-11.");
    }
}
