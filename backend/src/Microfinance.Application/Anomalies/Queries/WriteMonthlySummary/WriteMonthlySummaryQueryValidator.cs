using Microfinance.Application.Deposits.Commands.PostSavingsInterest;

namespace Microfinance.Application.Anomalies.Queries.WriteMonthlySummary;

public sealed class WriteMonthlySummaryQueryValidator : AbstractValidator<WriteMonthlySummaryQuery>
{
    public WriteMonthlySummaryQueryValidator()
    {
        RuleFor(x => x.Month).Must(m => PostSavingsInterestCommand.TryParseMonth(m, out _))
            .WithLocalizedMessage("A month is written yyyy-MM, for example 2026-11.");
    }
}
