using MediatR;
using Microfinance.Application.Loans.Commands.EndOfDay;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Runs end of day for every active institution once its business day is over: it looks for institutions whose active
/// loans were not yet processed through yesterday (in the institution's time zone) and sends the same command as
/// POST /api/v1/jobs/end-of-day. The command is idempotent per loan and day.
/// </summary>
public sealed class EndOfDayJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EndOfDayJob> logger) : InstitutionJob(scopes, logger)
{
    protected override async Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct)
    {
        var yesterday = institution.Today(clock.GetUtcNow()).AddDays(-1);
        if (!await services.GetRequiredService<AppDbContext>().Loans.AnyAsync(l => l.Status == LoanStatus.Active && l.PenaltiesAppliedThrough < yesterday, ct))
            return;

        var result = await services.GetRequiredService<IMediator>().Send(new EndOfDayCommand(yesterday), ct);
        Logger.LogInformation("End of day {Date} for {Institution}: {Loans} loans, {Penalties} penalties charged",
            result.Date, institution.Code, result.LoansProcessed, result.PenaltiesCharged);
    }
}
