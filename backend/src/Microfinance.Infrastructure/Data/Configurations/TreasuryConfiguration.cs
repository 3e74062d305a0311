using System.Text.Json;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Treasury;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Treasury context's tables: the cash drawer sessions, their counts by denomination kept as jsonb beside them.</summary>
internal sealed class TreasuryConfiguration : IEntityTypeConfiguration<CashDrawerSession>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ValueComparer<IReadOnlyList<DenominationCount>> CountsComparer = new(
        (a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, x) => HashCode.Combine(h, x)), c => c.ToList());

    public void Configure(EntityTypeBuilder<CashDrawerSession> b)
    {
        b.ToTable("cash_drawer_sessions", t =>
        {
            t.HasCheckConstraint("ck_cash_drawer_sessions_amounts", "opening_float >= 0 AND (counted_cash IS NULL OR counted_cash >= 0)");
            t.HasCheckConstraint("ck_cash_drawer_sessions_closed",
                "(status = 'Open') = (closed_at IS NULL) AND (closed_at IS NULL OR difference = counted_cash - expected_cash)");
        });
        b.Property(x => x.OpeningFloat).IsMoney();
        b.Property(x => x.CountedCash).IsMoney();
        b.Property(x => x.ExpectedCash).IsMoney();
        b.Property(x => x.Difference).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ClosingNote).HasMaxLength(300);
        b.Property(x => x.OpeningCounts).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<DenominationCount>>(v, Json)!, CountsComparer);
        b.Property(x => x.ClosingCounts).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<DenominationCount>>(v, Json)!, CountsComparer);
        // One open drawer per user: the rule's check and the close find it by this index.
        b.HasIndex(x => x.UserId).IsUnique().HasFilter("status = 'Open'");
        b.HasIndex(x => new { x.InstitutionId, x.BusinessDate });
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.ValidatedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.DifferenceEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
