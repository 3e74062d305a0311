using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Anomalies.Commands.DetectAnomalies;

public sealed class DetectAnomaliesCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IEnumerable<IAnomalyRuleDetector> detectors, AnomalySettingsReader settingsReader, IRowLocks locks,
    InstitutionProfile institution, Notifier notifier, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<DetectAnomaliesCommand, AnomalyDetectionResultDto>
{
    public async Task<AnomalyDetectionResultDto> Handle(DetectAnomaliesCommand request, CancellationToken cancellationToken)
    {
        var institutionId = tenant.RequiredInstitutionId;
        // Two detections at once (the job and an auditor's click) would both add the same new findings.
        await locks.LockKeyAsync($"anomaly-detection:{institutionId}", cancellationToken);
        var settings = await settingsReader.CurrentAsync(cancellationToken);
        var profile = await institution.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = profile.Today(now);
        var byRule = detectors.ToDictionary(d => d.Rule, StringComparer.Ordinal);

        var counts = new List<AnomalyRuleCountsDto>();
        var seenAgain = new List<Guid>();
        var newHigh = 0;
        foreach (var rule in AnomalyRule.All.Where(r => settings.IsEnabled(r.Code) && byRule.ContainsKey(r.Code)))
        {
            var found = await byRule[rule.Code].DetectAsync(
                new AnomalyDetectionContext(institutionId, rule, settings, today, now, profile.TimeZone), cancellationToken);
            var keys = found.Select(e => e.Key).ToList();
            var known = await db.Anomalies.Where(a => a.Rule == rule.Code && keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, cancellationToken);
            int added = 0, reopened = 0;
            foreach (var evidence in found)
            {
                if (known.TryGetValue(evidence.Key, out var anomaly))
                {
                    if (anomaly.FoundAgain(evidence, now) == AnomalyRedetection.Reopened) reopened++;
                    continue;
                }
                db.Anomalies.Add(new Anomaly(institutionId, evidence, now));
                added++;
                if (evidence.Severity == AnomalySeverity.High) newHigh++;
            }
            seenAgain.AddRange(known.Values.Select(a => a.Id));
            counts.Add(new AnomalyRuleCountsDto(rule.Code, found.Count, added, reopened));
        }

        // Only what changed is saved (and in the trail); that the others were seen again is bookkeeping, one statement for all.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (seenAgain.Count > 0)
            await db.Anomalies.Where(a => seenAgain.Contains(a.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(a => a.LastDetectedAt, now).SetProperty(a => a.DetectionCount, a => a.DetectionCount + 1), cancellationToken);

        if (newHigh > 0)
            await notifier.ToRoleAsync(Roles.Auditor, null, NotificationKind.AnomaliesFound, "/anomalies?severity=High&status=Open", cancellationToken, newHigh);
        return new AnomalyDetectionResultDto(today, counts);
    }
}
