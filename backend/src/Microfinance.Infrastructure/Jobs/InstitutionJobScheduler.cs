using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// The loop the scheduled jobs share: at start and then every <c>Jobs:&lt;Section&gt;:CheckMinutes</c> (unless
/// <c>Jobs:&lt;Section&gt;:Enabled</c> is false), for every active institution, in a scope of its own acting as the
/// institution's "system" actor, run the job if it is due. The jobs' commands are idempotent, so overlapping runs (two
/// instances, a manual call) change nothing twice. One institution's failure is logged and retried at the next check;
/// it does not stop the others.
/// </summary>
public abstract class InstitutionJobScheduler(IServiceScopeFactory scopes, IConfiguration configuration, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    /// <summary>The job's configuration section under "Jobs" (EndOfDay, SavingsInterest, Reminders).</summary>
    protected abstract string Section { get; }

    protected abstract int DefaultCheckMinutes { get; }

    /// <summary>Runs the job for <paramref name="institution"/> when it is due, with <paramref name="services"/> acting as its system actor.</summary>
    protected abstract Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct);

    /// <summary>Who scheduled work acts as: recorded as "system" in the journal and the audit trail.</summary>
    public static UserIdentity SystemActor(Guid institutionId) =>
        new(Guid.Empty, "system", "Traitements automatiques", Roles.SfdAdmin, institutionId, null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue($"Jobs:{Section}:Enabled", true)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue($"Jobs:{Section}:CheckMinutes", DefaultCheckMinutes)));
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Logger.LogError(ex, "{Job} failed; it will be retried at the next check", Section);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueAsync(CancellationToken ct)
    {
        List<Institution> institutions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var unrestricted = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
            institutions = await db.Institutions.AsNoTracking().Where(i => i.Status == InstitutionStatus.Active).ToListAsync(ct);
        }

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
                Logger.LogError(ex, "{Job} failed for {Institution}; it will be retried at the next check", Section, institution.Code);
            }
        }
    }
}
