using Microfinance.Domain.Accounting;
using Microfinance.Domain.Clients;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Tontines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Tontines context's tables: tontines, adhesions, participants with their booklets' contributions, and withdrawals.</summary>
internal sealed class TontinesConfiguration :
    IEntityTypeConfiguration<Tontine>,
    IEntityTypeConfiguration<TontineAdhesion>,
    IEntityTypeConfiguration<TontineParticipant>,
    IEntityTypeConfiguration<TontineContribution>,
    IEntityTypeConfiguration<TontineWithdrawal>
{
    public void Configure(EntityTypeBuilder<Tontine> b)
    {
        b.ToTable("tontines", t =>
        {
            t.HasCheckConstraint("ck_tontines_bounds", "min_daily_amount > 0 AND max_daily_amount >= min_daily_amount");
            t.HasCheckConstraint("ck_tontines_fee", "adhesion_fee >= 0");
            t.HasCheckConstraint("ck_tontines_cycle", "cycle_length_days >= 2");
        });
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.MinDailyAmount).IsMoney();
        b.Property(x => x.MaxDailyAmount).IsMoney();
        b.Property(x => x.AdhesionFee).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.InstitutionId, x.Code }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TontineAdhesion> b)
    {
        b.ToTable("tontine_adhesions", t => t.HasCheckConstraint("ck_tontine_adhesions_daily_amount", "daily_amount > 0"));
        b.Property(x => x.DailyAmount).IsMoney();
        b.Property(x => x.FeePaid).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.FeeChannel).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.RejectionReason).HasMaxLength(300);
        b.HasIndex(x => new { x.InstitutionId, x.Status, x.RequestedAt });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Tontine>().WithMany().HasForeignKey(x => x.TontineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.FeeJournalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TontineParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TontineParticipant> b)
    {
        // The booklet's arithmetic holds in the database too: one commission per cycle started, balances never negative.
        b.ToTable("tontine_participants", t =>
        {
            t.HasCheckConstraint("ck_tontine_participants_balances", "saved_balance >= 0 AND withdrawn_total >= 0 AND cells_filled >= 0");
            t.HasCheckConstraint("ck_tontine_participants_commission",
                "commission_total = ((cells_filled + cycle_length_days - 1) / cycle_length_days) * daily_amount");
        });
        b.Property(x => x.DailyAmount).IsMoney();
        b.Property(x => x.SavedBalance).IsMoney();
        b.Property(x => x.CommissionTotal).IsMoney();
        b.Property(x => x.WithdrawnTotal).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.CurrentCycle);
        // One active participation per client per tontine.
        b.HasIndex(x => new { x.TontineId, x.ClientId }).IsUnique().HasFilter("status = 'Active'");
        b.HasIndex(x => new { x.InstitutionId, x.CollectorId });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Tontine>().WithMany().HasForeignKey(x => x.TontineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TontineContribution> b)
    {
        b.ToTable("tontine_contributions", t => t.HasCheckConstraint("ck_tontine_contributions_parts",
            "days >= 1 AND first_cell >= 1 AND commission_amount >= 0 AND saving_amount >= 0 AND commission_amount + saving_amount = amount"));
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.CommissionAmount).IsMoney();
        b.Property(x => x.SavingAmount).IsMoney();
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Ignore(x => x.LastCell);
        // No cell is filled twice: contributions of a participant start at distinct cells (and the lock makes them contiguous).
        b.HasIndex(x => new { x.ParticipantId, x.FirstCell }).IsUnique();
        // The collections report's period, and an agent's dashboard (what they collected today).
        b.HasIndex(x => new { x.InstitutionId, x.Date });
        b.HasIndex(x => new { x.CollectedBy, x.CreatedAt });
        b.HasOne<TontineParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TontineWithdrawal> b)
    {
        b.ToTable("tontine_withdrawals", t => t.HasCheckConstraint("ck_tontine_withdrawals_amount", "amount > 0"));
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.RejectionReason).HasMaxLength(300);
        b.HasIndex(x => new { x.InstitutionId, x.Status, x.RequestedAt });
        b.HasIndex(x => x.ParticipantId);
        b.HasOne<TontineParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
