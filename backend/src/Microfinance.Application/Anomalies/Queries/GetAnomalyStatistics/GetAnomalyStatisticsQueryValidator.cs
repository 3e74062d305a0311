namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

public sealed class GetAnomalyStatisticsQueryValidator : AbstractValidator<GetAnomalyStatisticsQuery>
{
    public GetAnomalyStatisticsQueryValidator() => Include(new AnomalyFilterValidator());
}
