using Microfinance.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Audit context's tables: the hash-chained audit trail.</summary>
internal sealed class AuditConfiguration :
    IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit_records");
        // Parallel chains per institution plus the platform's (null institution): nulls are not distinct here.
        b.HasIndex(x => new { x.InstitutionId, x.Chain, x.Sequence }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(x => new { x.InstitutionId, x.OccurredAt });
        // The auditor's refused sign-ins of the week read these alone, not the week's every record (five a money movement).
        b.HasIndex(x => new { x.InstitutionId, x.OccurredAt }, "ix_audit_records_refused_sign_ins_occurred_at")
            .HasFilter("action IN ('LoginFailed', 'LoginLocked')");
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.ActorUsername).HasMaxLength(64);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
        // Before/After stay text, not jsonb: the hash covers their exact bytes.
    }
}
