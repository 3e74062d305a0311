using MediatR;
using Microfinance.Application.Anomalies.Commands.DetectAnomalies;
using Microfinance.Domain.IdentityAccess;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Runs anomaly detection for every active institution, by the same command as POST /api/v1/anomalies/detect: a
/// situation already found is found again, not reported twice, so a recovered or manual run changes nothing twice.
/// </summary>
public sealed class AnomalyDetectionJob(IServiceScopeFactory scopes, ILogger<AnomalyDetectionJob> logger) : InstitutionJob(scopes, logger)
{
    protected override async Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<IMediator>().Send(new DetectAnomaliesCommand(), ct);
        Logger.LogInformation("Anomaly detection {Date} for {Institution}: {Found} found, {New} new, {Reopened} reopened",
            result.Date, institution.Code, result.Rules.Sum(r => r.Found), result.Rules.Sum(r => r.New), result.Rules.Sum(r => r.Reopened));
    }
}
