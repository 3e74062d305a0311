using Microfinance.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Identity;

/// <summary>Reloads the <see cref="AccessTokenDenyList"/> from the database every refresh period.</summary>
public sealed class AccessTokenDenyListRefresher(AccessTokenDenyList denyList, IServiceScopeFactory scopes, ILogger<AccessTokenDenyListRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(denyList.RefreshPeriod);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await denyList.ReloadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Reloading the access-token deny-list failed; requests check the database until it succeeds");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
