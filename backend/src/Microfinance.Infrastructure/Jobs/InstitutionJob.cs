using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// What the per-institution jobs share: at each firing, for every active institution, in a scope of its own acting as
/// the institution's "system" actor, run the job if it is due there (its local time, its month). The jobs' commands are
/// idempotent, so a manual call or a recovered firing changes nothing twice. One institution's failure does not stop
/// the others; the run is then recorded failed, naming them, and they are tried again at the next firing.
/// </summary>
public abstract class InstitutionJob(IServiceScopeFactory scopes, ILogger logger) : IJob
{
    protected ILogger Logger { get; } = logger;

    /// <summary>Runs the job for <paramref name="institution"/> when it is due, with <paramref name="services"/> acting as its system actor.</summary>
    protected abstract Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct);

    /// <summary>Who scheduled work acts as: recorded as "system" in the journal and the audit trail.</summary>
    public static UserIdentity SystemActor(Guid institutionId) =>
        new(Guid.Empty, "system", "Traitements automatiques", Roles.SfdAdmin, institutionId, null);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        List<Institution> institutions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var unrestricted = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
            institutions = await db.Institutions.AsNoTracking().Where(i => i.Status == InstitutionStatus.Active).ToListAsync(ct);
        }

        var failed = new List<string>();
        foreach (var institution in institutions)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(SystemActor(institution.Id));
            try
            {
                await RunAsync(institution, scope.ServiceProvider, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                Logger.LogError(ex, "{Job} failed for {Institution}; it will be retried at the next firing", context.JobDetail.Key.Name, institution.Code);
                failed.Add($"{institution.Code}: {ex.Message}");
            }
        }
        if (failed.Count > 0) throw new JobExecutionException(string.Join("; ", failed));
    }
}
