using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Sync;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Sync context's table: each user's phones and how their offline queues stand (docs/offline.md).</summary>
internal sealed class SyncConfiguration : IEntityTypeConfiguration<SyncDevice>
{
    public void Configure(EntityTypeBuilder<SyncDevice> b)
    {
        b.ToTable("sync_devices", t => t.HasCheckConstraint("ck_sync_devices_counts", "pending >= 0 AND refused >= 0"));
        b.Property(x => x.DeviceId).HasMaxLength(100);
        b.HasIndex(x => new { x.UserId, x.DeviceId }).IsUnique();
        // The supervisor's view: a branch's phones.
        b.HasIndex(x => new { x.InstitutionId, x.BranchId });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}
