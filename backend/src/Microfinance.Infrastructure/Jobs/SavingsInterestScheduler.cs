using System.Globalization;
using MediatR;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Deposits.Commands.PostSavingsInterest;
using Microfinance.Application.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Posts last month's savings interest for every active institution once the month is over (in the institution's time
/// zone): every <c>Jobs:SavingsInterest:CheckMinutes</c> it looks for institutions with a savings account that earns
/// interest and whose last month is not settled, and sends the same command as POST /api/v1/jobs/savings-interest, as the
/// institution's "system" actor. The command settles each account and month once, so overlapping runs (two instances, a
/// manual run) credit nothing twice. Older months are run by hand through the endpoint.
/// </summary>
public sealed class SavingsInterestScheduler(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<SavingsInterestScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:SavingsInterest:Enabled", true)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Jobs:SavingsInterest:CheckMinutes", 60)));
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Savings interest failed; it will be retried at the next check");
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
            var today = institution.Today(clock.GetUtcNow());
            var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IUserImpersonation>().ActAs(EndOfDayScheduler.SystemActor(institution.Id));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.UnsettledForInterest(lastMonth).AnyAsync(ct)) continue;

            var month = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PostSavingsInterestCommand(month), ct);
            logger.LogInformation("Savings interest {Month} for {Institution}: {Accounts} accounts credited, {Total} in all",
                month, institution.Code, result.AccountsCredited, result.TotalInterest);
        }
    }
}
