using System.Text.Json;
using Microfinance.Domain.Anomalies;
using Microfinance.Domain.IdentityAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>
/// The Anomalies context's tables: the findings (their figures, subjects and review comments as jsonb beside them: read
/// and written whole, never queried inside) and each institution's detection settings.
/// </summary>
internal sealed class AnomaliesConfiguration : IEntityTypeConfiguration<Anomaly>, IEntityTypeConfiguration<AnomalySettings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Anomaly> b)
    {
        // A finding past Open names its reviewer (an opened-again one keeps its last).
        b.ToTable("anomalies", t => t.HasCheckConstraint("ck_anomalies_reviewed", "status = 'Open' OR (reviewed_at IS NOT NULL AND reviewed_by IS NOT NULL)"));
        b.Property(x => x.Rule).HasMaxLength(40);
        b.Property(x => x.Key).HasMaxLength(AnomalyEvidence.MaxKeyLength);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Magnitude).HasPrecision(19, 4);
        b.Property(x => x.Figures).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, Json)!,
            new ValueComparer<Dictionary<string, string>>((a, c) => a!.Count == c!.Count && !a.Except(c).Any(), d => d.Count, d => new(d)));
        b.Property(x => x.Subjects).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<AnomalySubject>>(v, Json)!, ListComparer<AnomalySubject>());
        b.Property(x => x.Comments).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<AnomalyComment>>(v, Json)!, ListComparer<AnomalyComment>());
        // One finding per situation: detection finds it again by this.
        b.HasIndex(x => new { x.InstitutionId, x.Rule, x.Key }).IsUnique();
        // The list: the most severe, the most recent first, filtered by status.
        b.HasIndex(x => new { x.InstitutionId, x.Status, x.OccurredOn });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AnomalySettings> b)
    {
        b.ToTable("anomaly_settings");
        b.HasKey(x => x.InstitutionId);
        b.Property(x => x.DisabledRules).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<string>>(v, Json)!, ListComparer<string>());
        b.Property(x => x.Parameters).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<Dictionary<string, decimal>>(v, Json)!,
            new ValueComparer<Dictionary<string, decimal>>((a, c) => a!.Count == c!.Count && !a.Except(c).Any(), d => d.Count, d => new(d)));
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, c) => a!.SequenceEqual(c!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList());
}
