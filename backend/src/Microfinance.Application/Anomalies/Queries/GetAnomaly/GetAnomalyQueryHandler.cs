namespace Microfinance.Application.Anomalies.Queries.GetAnomaly;

public sealed class GetAnomalyQueryHandler(IApplicationDbContext db, AnomalyReader reader) : IRequestHandler<GetAnomalyQuery, AnomalyDto>
{
    public async Task<AnomalyDto> Handle(GetAnomalyQuery q, CancellationToken cancellationToken) =>
        await reader.OneAsync(await db.Anomalies.AsNoTracking().GetAsync(q.Id, "Anomaly", cancellationToken), cancellationToken);
}
