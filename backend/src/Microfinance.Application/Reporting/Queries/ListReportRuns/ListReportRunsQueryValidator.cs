namespace Microfinance.Application.Reporting.Queries.ListReportRuns;

public sealed class ListReportRunsQueryValidator : AbstractValidator<ListReportRunsQuery>
{
    public ListReportRunsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Report).MaximumLength(60);
    }
}
