using MediatR;
using Microfinance.Application.Notifications.Commands.SendReminders;
using Microfinance.Domain.IdentityAccess;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Sends the day's reminders for every active institution, once its local time has reached <c>Jobs:Reminders:NotBeforeHour</c>
/// (8 by default: no SMS in the night), by the same command as POST /api/v1/jobs/reminders. The command sends each
/// reminder once, so the firings after the first one of the day send only what became due since.
/// </summary>
public sealed class RemindersJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<RemindersJob> logger)
    : InstitutionJob(scopes, logger)
{
    private readonly int _notBeforeHour = configuration.GetValue("Jobs:Reminders:NotBeforeHour", 8);

    protected override async Task RunAsync(Institution institution, IServiceProvider services, CancellationToken ct)
    {
        if (institution.LocalTime(clock.GetUtcNow()).Hour < _notBeforeHour) return;

        var result = await services.GetRequiredService<IMediator>().Send(new SendRemindersCommand(), ct);
        if (result.InstallmentsDueSoon + result.InstallmentsOverdue + result.TontineContributionsMissed > 0)
            Logger.LogInformation("Reminders {Date} for {Institution}: {DueSoon} due soon, {Overdue} overdue, {Missed} tontine streaks, {Sms} SMS",
                result.Date, institution.Code, result.InstallmentsDueSoon, result.InstallmentsOverdue, result.TontineContributionsMissed, result.SmsWritten);
    }
}
