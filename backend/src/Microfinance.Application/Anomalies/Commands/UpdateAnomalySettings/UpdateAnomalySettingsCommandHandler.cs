using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Commands.UpdateAnomalySettings;

public sealed class UpdateAnomalySettingsCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant)
    : IRequestHandler<UpdateAnomalySettingsCommand, AnomalySettingsDto>
{
    public async Task<AnomalySettingsDto> Handle(UpdateAnomalySettingsCommand r, CancellationToken cancellationToken)
    {
        var settings = await db.AnomalySettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null) db.AnomalySettings.Add(settings = new AnomalySettings(tenant.RequiredInstitutionId));
        settings.Update(r.Rules.ToDictionary(c => c.Rule,
            c => (c.Enabled, c.Parameters ?? new Dictionary<string, decimal>()), StringComparer.Ordinal));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return AnomalySettingsReader.ToDto(settings);
    }
}
