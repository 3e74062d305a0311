using MediatR;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Notifications.Commands.SendReminders;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Seeding;

/// <summary>
/// The demo's reminders (docs/notifications-reminders.md), so that the outbox shows them from <c>make run</c>: the demo
/// loans include an installment due in 3 days and one unpaid since yesterday (DemoOperations), and the tontine
/// participant who never contributed is moved back to have joined before the streak that calls for a reminder; then the
/// reminders are sent once, as the scheduler would, by the institution's "system" actor.
/// </summary>
internal sealed class DemoReminders(IServiceScopeFactory scopes, ILogger logger)
{
    /// <param name="today">The day the demo's operations were valued on (a seeding across midnight keeps to it).</param>
    public async Task RunAsync(Guid institutionId, DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var days = services.GetRequiredService<IOptions<RemindersOptions>>().Value.MissedTontineDays + 1;
        // Demo only: contributions and joinings are dated when recorded (docs/tontines.md, "Left for later"); the
        // participant's row is the one place that says when it joined, and it has no contribution to contradict it.
        await services.GetRequiredService<AppDbContext>().Database.ExecuteSqlAsync($"""
            UPDATE tontine_participants SET joined_at = joined_at - make_interval(days => {days})
             WHERE institution_id = {institutionId} AND cells_filled = 0
            """, ct);

        services.GetRequiredService<IUserImpersonation>().ActAs(InstitutionJob.SystemActor(institutionId));
        var sent = await services.GetRequiredService<IMediator>().Send(new SendRemindersCommand(today), ct);
        logger.LogInformation("Demo data: reminders of {Date}: {DueSoon} due soon, {Overdue} overdue, {Missed} tontine streaks, {Sms} SMS",
            sent.Date, sent.InstallmentsDueSoon, sent.InstallmentsOverdue, sent.TontineContributionsMissed, sent.SmsWritten);
    }
}
