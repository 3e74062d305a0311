using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The IdentityAccess context's tables: institutions, branches, users and their tokens.</summary>
internal sealed class IdentityAccessConfiguration :
    IEntityTypeConfiguration<Institution>,
    IEntityTypeConfiguration<Branch>,
    IEntityTypeConfiguration<User>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>,
    IEntityTypeConfiguration<RefreshToken>,
    IEntityTypeConfiguration<RevokedAccessToken>,
    IEntityTypeConfiguration<UserTwoFactor>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("institutions", t => t.HasCheckConstraint("ck_institutions_offline_tolerance_days",
            $"offline_tolerance_days BETWEEN 0 AND {Institution.MaxOfflineToleranceDays}"));
        b.Property(x => x.Name).HasMaxLength(160);
        b.Property(x => x.Code).HasMaxLength(16);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.CurrencyCode).HasMaxLength(3).IsFixedLength();
        b.Property(x => x.TimeZone).HasMaxLength(64);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.UsuryCapPercent).HasPrecision(7, 4);
        b.Property(x => x.ManualEntryApprovalThreshold).IsMoney();
        b.Property(x => x.TwoFactorRoles).HasDefaultValueSql("'{}'::text[]");
        // Existing institutions get the default; the sentinel keeps a tolerance of 0 from being taken for "not set" on insert.
        b.Property(x => x.OfflineToleranceDays).HasDefaultValue(Institution.DefaultOfflineToleranceDays).HasSentinel(-1);
    }

    public void Configure(EntityTypeBuilder<Branch> b)
    {
        b.ToTable("branches");
        b.Property(x => x.Code).HasMaxLength(8);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Address).HasMaxLength(300);
        b.HasIndex(x => new { x.InstitutionId, x.Code }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.Property(x => x.DisplayName).HasMaxLength(120);
        b.Property(x => x.Role).HasMaxLength(32);
        b.Property(x => x.Language).HasMaxLength(2).HasDefaultValue("fr");
        b.Property(x => x.EmailNotificationKinds).HasDefaultValueSql("'{}'::text[]");
        b.HasIndex(x => new { x.InstitutionId, x.Role });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
        // A PlatformAdmin has no institution; everybody else has one.
        b.ToTable(t => t.HasCheckConstraint("ck_users_role_institution",
            "(role = 'PlatformAdmin') = (institution_id IS NULL)"));
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("user_claims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("user_logins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("user_tokens");

    public void Configure(EntityTypeBuilder<RefreshToken> b)
    {
        b.ToTable("refresh_tokens");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.FamilyId);
        b.HasIndex(x => x.UserId);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RevokedAccessToken> b)
    {
        b.ToTable("revoked_access_tokens");
        b.HasKey(x => x.Jti);
        b.Property(x => x.Jti).HasMaxLength(64);
        b.HasIndex(x => x.ExpiresAt);
    }

    public void Configure(EntityTypeBuilder<UserTwoFactor> b)
    {
        b.ToTable("user_two_factors");
        b.HasKey(x => x.UserId);
        b.Property(x => x.ProtectedSecret).HasMaxLength(200);
        b.Property(x => x.RecoveryCodeHashes).HasDefaultValueSql("'{}'::text[]");
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
