using System.Globalization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Notifications;
using Microfinance.Domain.Tontines;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Notifications.Commands.SendReminders;

/// <summary>
/// One transaction per run: the reminders, their feed lines and SMS, and the <see cref="SentReminder"/> rows that keep
/// them from going twice commit together. Runs of one institution queue on an advisory lock, so a second run (another
/// instance, a manual call) reads what the first one recorded and finds nothing left to send; the unique key of
/// sent_reminders guards the same thing in the database.
/// </summary>
public sealed class SendRemindersCommandHandler(
    IApplicationDbContext db, IRowLocks locks, InstitutionProfile institution, Notifier notifier, IOptions<RemindersOptions> options,
    TimeProvider clock) : IRequestHandler<SendRemindersCommand, SendRemindersResult>
{
    private const string DateFormat = "dd/MM/yyyy";

    public async Task<SendRemindersResult> Handle(SendRemindersCommand request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = await institution.TodayAsync(cancellationToken);
        var date = request.Date ?? today;
        if (date > today) throw new ValidationException("date", "Reminders cannot be sent for a future date.");
        var current = await institution.CurrentAsync(cancellationToken);
        await locks.LockKeyAsync($"reminders:{current.Id}", cancellationToken);

        var run = new Run(current.Name, current.CurrencyCode, date, clock.GetUtcNow());
        var dueSoon = await InstallmentsAsync(run, NotificationKind.InstallmentDueSoon, date.AddDays(settings.DueSoonDays), cancellationToken);
        var overdue = await InstallmentsAsync(run, NotificationKind.InstallmentOverdue, date.AddDays(-settings.OverdueDays), cancellationToken);
        var missed = await TontineStreaksAsync(run, current, cancellationToken);
        return new SendRemindersResult(date, dueSoon, overdue, missed, run.SmsWritten);
    }

    /// <summary>Unpaid installments of active loans due on <paramref name="dueDate"/> not yet reminded of this kind.</summary>
    private async Task<int> InstallmentsAsync(Run run, NotificationKind kind, DateOnly dueDate, CancellationToken ct)
    {
        var due = await (
            from i in db.LoanInstallments
            join l in db.Loans on i.LoanId equals l.Id
            join c in db.Clients on l.ClientId equals c.Id
            where i.DueDate == dueDate && l.Status == LoanStatus.Active
                && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue
                && !db.SentReminders.Any(r => r.Kind == kind && r.SubjectId == i.Id && r.Occurrence == i.DueDate)
            orderby l.Number, i.Number
            select new
            {
                i.Id,
                i.Number,
                LoanId = l.Id,
                LoanNumber = l.Number,
                Outstanding = i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid,
                Client = c,
            }).AsNoTracking().Take(options.Value.MaxPerKind).ToListAsync(ct);

        foreach (var installment in due)
        {
            var client = installment.Client;
            var amount = new MoneyText(installment.Outstanding, run.Currency);
            var dueOn = dueDate.ToString(DateFormat, CultureInfo.InvariantCulture);
            // No agent assigned: the branch's agents (and those of no branch) share the client.
            if (client.AssignedAgentId is { } agent)
                await notifier.ToUsersAsync([agent], kind, $"/loans/{installment.LoanId}", ct,
                    client.FullName, installment.Number, installment.LoanNumber, amount, dueOn, run.InstitutionName);
            else
                await notifier.ToRoleAsync(Roles.Agent, client.BranchId, kind, $"/loans/{installment.LoanId}", ct,
                    client.FullName, installment.Number, installment.LoanNumber, amount, dueOn, run.InstitutionName);
            var sms = notifier.SmsToClient(client, kind, client.FirstName, installment.Number, installment.LoanNumber, amount, dueOn, run.InstitutionName);
            Record(run, kind, installment.Id, dueDate, client, sms);
        }
        return due.Count;
    }

    /// <summary>
    /// Active participants of open tontines whose last contribution (or joining, if none) is at least the configured
    /// number of days before the run's date, and whose streak since that day was not reminded yet.
    /// </summary>
    private async Task<int> TontineStreaksAsync(Run run, Institution current, CancellationToken ct)
    {
        const NotificationKind kind = NotificationKind.TontineContributionsMissed;
        var lastCovered = run.Date.AddDays(-options.Value.MissedTontineDays);
        var joinedBefore = current.StartOf(lastCovered.AddDays(1));
        var behind = await (
            from p in db.TontineParticipants
            join t in db.Tontines on p.TontineId equals t.Id
            join c in db.Clients on p.ClientId equals c.Id
            where p.Status == TontineParticipantStatus.Active && t.Status == TontineStatus.Open
                && (p.LastContributionOn != null ? p.LastContributionOn <= lastCovered : p.JoinedAt < joinedBefore)
                // A participant who never contributed has one streak, since joining: any reminder of it was that one.
                && !db.SentReminders.Any(r => r.Kind == kind && r.SubjectId == p.Id && (p.LastContributionOn == null || r.Occurrence == p.LastContributionOn))
            orderby p.JoinedAt, p.Id
            select new { p.Id, p.CollectorId, p.LastContributionOn, p.JoinedAt, TontineName = t.Name, Client = c })
            .AsNoTracking().Take(options.Value.MaxPerKind).ToListAsync(ct);

        foreach (var participant in behind)
        {
            var client = participant.Client;
            var lastDay = participant.LastContributionOn ?? current.Today(participant.JoinedAt);
            var days = run.Date.DayNumber - lastDay.DayNumber;
            // The collector is the agent whose daily round the participant is on.
            await notifier.ToUsersAsync([participant.CollectorId], kind, $"/tontines/participants/{participant.Id}", ct,
                client.FullName, participant.TontineName, days, run.InstitutionName);
            var sms = notifier.SmsToClient(client, kind, client.FirstName, participant.TontineName, days, run.InstitutionName);
            Record(run, kind, participant.Id, lastDay, client, sms);
        }
        return behind.Count;
    }

    private void Record(Run run, NotificationKind kind, Guid subjectId, DateOnly occurrence, Client client, bool sms)
    {
        db.SentReminders.Add(new SentReminder(client.InstitutionId, kind, subjectId, occurrence, client.Id, run.Date, sms, run.Now));
        if (sms) run.SmsWritten++;
    }

    /// <summary>What every reminder of a run shares, and its count of SMS.</summary>
    private sealed class Run(string institutionName, string currency, DateOnly date, DateTimeOffset now)
    {
        public string InstitutionName { get; } = institutionName;
        public string Currency { get; } = currency;
        public DateOnly Date { get; } = date;
        public DateTimeOffset Now { get; } = now;
        public int SmsWritten { get; set; }
    }
}
