using Microfinance.Domain.Clients;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Notifications;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Notifications context's tables: each user's feed, the outbox of e-mails and SMS to deliver, and the reminders sent.</summary>
internal sealed class NotificationsConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<OutboxMessage>,
    IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(1000);
        b.Property(x => x.Link).HasMaxLength(200);
        // The feed, newest first, and the unread count read a user's lines only.
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
        b.HasIndex(x => x.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages", t => t.HasCheckConstraint("ck_outbox_messages_sent", "(status = 'Sent') = (sent_at IS NOT NULL)"));
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Recipient).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(4000);
        b.Property(x => x.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        // A sender whose lease ran out (and whose message another sender took) cannot overwrite the other's outcome.
        b.Property(x => x.LockedUntil).IsConcurrencyToken();
        // The sender's queue: what is due, oldest first.
        b.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_due");
        b.HasIndex(x => new { x.InstitutionId, x.Status, x.CreatedAt });
        b.HasIndex(x => x.ClientId).HasFilter("client_id IS NOT NULL");
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.ToTable("sent_reminders");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        // Once per kind, subject and occurrence, whatever runs the job and however many run it at once.
        b.HasIndex(x => new { x.Kind, x.SubjectId, x.Occurrence }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.RunDate });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
