namespace Microfinance.Application.IdentityAccess.Queries.ListJobRuns;

public sealed class ListJobRunsQueryValidator : AbstractValidator<ListJobRunsQuery>
{
    public ListJobRunsQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100);
    }
}
