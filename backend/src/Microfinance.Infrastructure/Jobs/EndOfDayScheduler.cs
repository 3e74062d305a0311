using MediatR;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Loans.Commands.EndOfDay;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Runs end of day for every active institution once its business day is over: every <c>Jobs:EndOfDay:CheckMinutes</c>
/// it looks for institutions whose active loans were not yet processed through yesterday (in the institution's time
/// zone) and sends the same command as POST /api/v1/jobs/end-of-day, as the institution's "system" actor. The command is
/// idempotent per loan and day, so overlapping runs (two instances, a manual run) change nothing twice.
/// </summary>
public sealed class EndOfDayScheduler(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<EndOfDayScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:EndOfDay:Enabled", true)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Jobs:EndOfDay:CheckMinutes", 15)));
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "End of day failed; it will be retried at the next check");
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
            var yesterday = institution.Today(clock.GetUtcNow()).AddDays(-1);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(SystemActor(institution.Id));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Loans.AnyAsync(l => l.Status == LoanStatus.Active && l.PenaltiesAppliedThrough < yesterday, ct)) continue;

            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EndOfDayCommand(yesterday), ct);
            logger.LogInformation("End of day {Date} for {Institution}: {Loans} loans, {Penalties} penalties charged",
                result.Date, institution.Code, result.LoansProcessed, result.PenaltiesCharged);
        }
    }

    /// <summary>Who scheduled work acts as: recorded as "system" in the journal and the audit trail.</summary>
    public static UserIdentity SystemActor(Guid institutionId) =>
        new(Guid.Empty, "system", "Traitements automatiques", Roles.SfdAdmin, institutionId, null);
}
