using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Common context's tables: tables every context shares: idempotency keys and number counters.</summary>
internal sealed class CommonConfiguration :
    IEntityTypeConfiguration<IdempotencyRecord>,
    IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasKey(x => new { x.InstitutionId, x.Key });
        b.Property(x => x.Key).HasMaxLength(100);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.HasIndex(x => x.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<NumberCounter> b)
    {
        b.ToTable("number_counters");
        b.HasKey(x => new { x.InstitutionId, x.Name });
        b.Property(x => x.Name).HasMaxLength(40);
    }
}
