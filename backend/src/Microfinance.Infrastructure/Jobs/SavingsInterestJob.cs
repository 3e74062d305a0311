using System.Globalization;
using MediatR;
using Microfinance.Application.Deposits;
using Microfinance.Application.Deposits.Commands.PostSavingsInterest;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Posts last month's savings interest for every active institution once the month is over (in the institution's time
/// zone): it looks for institutions with a savings account that earns interest and whose last month is not settled, and
/// sends the same command as POST /api/v1/jobs/savings-interest. The command settles each account and month once.
/// Older months are run by hand through the endpoint.
/// </summary>
public sealed class SavingsInterestJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SavingsInterestJob> logger) : InstitutionJob(scopes, logger)
{
    protected override async Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct)
    {
        var today = institution.Today(clock.GetUtcNow());
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        if (!await services.GetRequiredService<AppDbContext>().UnsettledForInterest(lastMonth).AnyAsync(ct)) return;

        var month = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var result = await services.GetRequiredService<IMediator>().Send(new PostSavingsInterestCommand(month), ct);
        Logger.LogInformation("Savings interest {Month} for {Institution}: {Accounts} accounts credited, {Total} in all",
            month, institution.Code, result.AccountsCredited, result.TotalInterest);
    }
}
