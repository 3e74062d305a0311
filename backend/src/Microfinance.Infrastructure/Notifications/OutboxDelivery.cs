using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Notifications;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// One round of the outbox's delivery, for every institution: takes the due messages that no other sender holds
/// (<c>FOR UPDATE SKIP LOCKED</c>, then a lease in <c>locked_until</c> so the row lock need not last while sending),
/// sends each through its channel's sender and records the outcome — sent, tried again later, or dead-lettered.
/// With several instances each message is sent once; a crash between a send and its record sends it again once the
/// lease runs out (docs/notifications-outbox.md).
/// </summary>
public sealed class OutboxDelivery(
    IServiceScopeFactory scopes,
    [FromKeyedServices(MessageChannel.Email)] IMessageSender email,
    [FromKeyedServices(MessageChannel.Sms)] IMessageSender sms,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Delivers what is due now; returns how many messages it took.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var unrestricted = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
        var leaseEnd = clock.GetUtcNow().AddSeconds(o.LeaseSeconds);
        var batch = await ClaimAsync(db, o.BatchSize, leaseEnd, ct);
        // A send may take up to its timeout: what is still unsent by half the lease goes back rather than risk
        // being sent on after another sender took it.
        var giveBackAt = leaseEnd.AddSeconds(-o.LeaseSeconds / 2.0);
        foreach (var message in batch)
        {
            if (clock.GetUtcNow() < giveBackAt) await SendAsync(message, o, ct);
            else message.Release();
            await RecordAsync(db, message, ct);
        }
        return batch.Count;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, int batchSize, DateTimeOffset leaseEnd, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // Every institution's: the scope is unrestricted, and the tenant filter composed around this SQL would only wrap it.
        var due = await db.OutboxMessages.FromSql($"""
            SELECT * FROM outbox_messages
            WHERE status = 'Pending' AND next_attempt_at <= {now} AND (locked_until IS NULL OR locked_until <= {now})
            ORDER BY next_attempt_at LIMIT {batchSize} FOR UPDATE SKIP LOCKED
            """).IgnoreQueryFilters().ToListAsync(ct);
        foreach (var message in due) message.Lease(leaseEnd);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due;
    }

    private async Task SendAsync(OutboxMessage message, OutboxOptions o, CancellationToken ct)
    {
        var sender = message.Channel switch
        {
            MessageChannel.Email => email,
            MessageChannel.Sms => sms,
            _ => throw new InvalidOperationException($"No sender for {message.Channel}."),
        };
        try
        {
            await sender.SendAsync(message, ct);
            message.MarkSent(clock.GetUtcNow());
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            message.RecordFailure(ex.Message, clock.GetUtcNow(), o.MaxAttempts, o.RetryDelay);
            logger.LogWarning(ex, "{Channel} {Message} not sent (failure {Attempts} of at most {MaxAttempts})",
                message.Channel, message.Id, message.Attempts, o.MaxAttempts);
        }
    }

    /// <summary>Each outcome is saved at once, so that a crash later in the batch does not send this one again.</summary>
    private async Task RecordAsync(AppDbContext db, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The lease ran out and another sender took the message: its outcome is the one that counts.
            db.Entry(message).State = EntityState.Detached;
            logger.LogWarning("Outbox message {Message} was taken by another sender after this one's lease ran out", message.Id);
        }
    }
}
