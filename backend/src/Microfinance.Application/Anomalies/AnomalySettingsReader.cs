using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The institution's detection settings, its defaults when it never chose.</summary>
public sealed class AnomalySettingsReader(IApplicationDbContext db, ITenantContext tenant)
{
    public async Task<AnomalySettings> CurrentAsync(CancellationToken ct) =>
        await db.AnomalySettings.SingleOrDefaultAsync(ct) ?? new AnomalySettings(tenant.RequiredInstitutionId);

    public static AnomalySettingsDto ToDto(AnomalySettings settings) => new(AnomalyRule.All
        .Select(rule => new AnomalyRuleSettingsDto(rule.Code, settings.IsEnabled(rule.Code),
            rule.Defaults.Keys.ToDictionary(name => name, name => settings.Parameter(rule, name), StringComparer.Ordinal), rule.Defaults))
        .ToList());
}
