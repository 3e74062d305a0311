using Microfinance.Domain.Accounting;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Reporting;
using Microfinance.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Reporting context's tables: the export history and, beside each run, its file; the dashboards' daily snapshots and totals; the view of every movement.</summary>
internal sealed class ReportingConfiguration :
    IEntityTypeConfiguration<ReportRun>,
    IEntityTypeConfiguration<ReportFile>,
    IEntityTypeConfiguration<PortfolioSnapshot>,
    IEntityTypeConfiguration<MovementDayTotal>,
    IEntityTypeConfiguration<LedgerDayTotal>,
    IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<ReportRun> b)
    {
        b.ToTable("report_runs");
        b.Property(x => x.Report).HasMaxLength(60);
        b.Property(x => x.Parameters).HasColumnType("jsonb");
        b.Property(x => x.Format).HasConversion<string>().HasMaxLength(4);
        b.Property(x => x.FileName).HasMaxLength(120);
        b.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.RequestedByName).HasMaxLength(120);
        // The history, newest first, per institution.
        b.HasIndex(x => new { x.InstitutionId, x.RequestedAt });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ReportFile> b)
    {
        b.ToTable("report_files");
        b.HasKey(x => x.RunId);
        b.HasOne<ReportRun>().WithOne().HasForeignKey<ReportFile>(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PortfolioSnapshot> b)
    {
        b.ToTable("portfolio_snapshots");
        // One row per branch and day; the trend reads an institution's days in order.
        b.HasIndex(x => new { x.InstitutionId, x.Date, x.BranchId }).IsUnique();
        b.Property(x => x.Outstanding).IsMoney();
        b.Property(x => x.AtRisk1).IsMoney();
        b.Property(x => x.AtRisk30).IsMoney();
        b.Property(x => x.AtRisk90).IsMoney();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MovementDayTotal> b)
    {
        b.ToTable("movement_day_totals");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Amount).IsMoney();
        // One row per day, branch, month and type (an end of day run twice at once fails rather than counting twice); its
        // prefix finds the last day summed, where the dashboards' live part starts.
        b.HasIndex(x => new { x.InstitutionId, x.RecordedOn, x.BranchId, x.Month, x.Type }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Month });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LedgerDayTotal> b)
    {
        b.ToTable("ledger_day_totals");
        b.Property(x => x.Debit).IsMoney();
        b.Property(x => x.Credit).IsMoney();
        b.HasIndex(x => new { x.InstitutionId, x.PostedOn, x.GlAccountId, x.ValueDate, x.YearEndClose }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.GlAccountId });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>The view <c>movements</c> (created by the migration <c>Movements</c>): read, never written.</summary>
    public void Configure(EntityTypeBuilder<Movement> b)
    {
        b.ToView("movements");
        b.HasNoKey();
        b.Property(x => x.Source).HasConversion<string>();
        b.Property(x => x.Type).HasConversion<string>();
        b.Property(x => x.Channel).HasConversion<string>();
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.BalanceAfter).IsMoney();
    }
}
