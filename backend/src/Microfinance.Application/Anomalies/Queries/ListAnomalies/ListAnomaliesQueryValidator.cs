namespace Microfinance.Application.Anomalies.Queries.ListAnomalies;

public sealed class ListAnomaliesQueryValidator : AbstractValidator<ListAnomaliesQuery>
{
    public ListAnomaliesQueryValidator()
    {
        this.AddPagingRules();
        Include(new AnomalyFilterValidator());
    }
}
