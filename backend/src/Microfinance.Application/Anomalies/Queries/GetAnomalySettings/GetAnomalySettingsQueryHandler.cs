namespace Microfinance.Application.Anomalies.Queries.GetAnomalySettings;

public sealed class GetAnomalySettingsQueryHandler(AnomalySettingsReader settings) : IRequestHandler<GetAnomalySettingsQuery, AnomalySettingsDto>
{
    public async Task<AnomalySettingsDto> Handle(GetAnomalySettingsQuery q, CancellationToken cancellationToken) =>
        AnomalySettingsReader.ToDto(await settings.CurrentAsync(cancellationToken));
}
