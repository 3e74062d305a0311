using System.Globalization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>
/// The one place that tells people things. It writes, in the unit of work in progress (so in the same transaction as
/// the business change): a feed line per staff member in their language, an e-mail in the outbox for those who chose
/// that kind by e-mail, and an SMS in the outbox for a client who has not opted out. The feed lines are pushed live,
/// and the outbox sender woken, once the unit of work commits (<see cref="PendingPushes"/>).
/// </summary>
public sealed class Notifier(IApplicationDbContext db, IIdentityService identity, ITenantContext tenant, PendingPushes pushes, TimeProvider clock)
{
    /// <summary>Tells the given staff members of the institution in scope (inactive ones are skipped).</summary>
    public async Task ToUsersAsync(IReadOnlyCollection<Guid> userIds, NotificationKind kind, string? link, CancellationToken cancellationToken,
        params object?[] arguments)
    {
        if (userIds.Count == 0) return;
        Write(await identity.FindRecipientsAsync(userIds, null, null, cancellationToken), kind, link, arguments);
    }

    /// <summary>
    /// Tells the active staff of <paramref name="role"/>: those of <paramref name="branchId"/> and those of no branch
    /// (who work for every branch); everyone of the role when <paramref name="branchId"/> is null.
    /// </summary>
    public async Task ToRoleAsync(string role, Guid? branchId, NotificationKind kind, string? link, CancellationToken cancellationToken,
        params object?[] arguments) =>
        Write(await identity.FindRecipientsAsync(null, role, branchId, cancellationToken), kind, link, arguments);

    /// <summary>Writes the kind's SMS to the client, unless they opted out or have no phone. True when one was written.</summary>
    public bool SmsToClient(Client client, NotificationKind kind, params object?[] arguments)
    {
        var template = NotificationTemplates.All[kind];
        if (template.Sms is null) throw new InvalidOperationException($"{kind} has no SMS text.");
        if (client.SmsOptOut || string.IsNullOrWhiteSpace(client.Phone)) return false;
        var text = Localizer.Format(template.Sms, arguments, CultureInfo.GetCultureInfo(client.Language));
        db.OutboxMessages.Add(new OutboxMessage(client.InstitutionId, MessageChannel.Sms, kind, client.Phone, null, text, null, client.Id, clock.GetUtcNow()));
        pushes.AddOutboxMessage();
        return true;
    }

    private void Write(IReadOnlyList<NotificationRecipient> recipients, NotificationKind kind, string? link, object?[] arguments)
    {
        var template = NotificationTemplates.All[kind];
        var institutionId = tenant.RequiredInstitutionId;
        var now = clock.GetUtcNow();
        foreach (var recipient in recipients)
        {
            var culture = CultureInfo.GetCultureInfo(recipient.Language);
            var title = Localizer.Format(template.Title, arguments, culture);
            var body = Localizer.Format(template.Body, arguments, culture);
            var notification = new Notification(institutionId, recipient.UserId, kind, title, body, link, now);
            db.Notifications.Add(notification);
            pushes.Add(notification);
            if (recipient.Email is { Length: > 0 } email && recipient.EmailKinds.Contains(kind))
            {
                db.OutboxMessages.Add(new OutboxMessage(institutionId, MessageChannel.Email, kind, email, title, body, recipient.UserId, null, now));
                pushes.AddOutboxMessage();
            }
        }
    }
}
