using System.Text.Json;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Tontines;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Accounting context's tables: the chart of accounts, the journal, manual entries, closed periods and bank reconciliation.</summary>
internal sealed class AccountingConfiguration :
    IEntityTypeConfiguration<GlAccount>,
    IEntityTypeConfiguration<LedgerMapping>,
    IEntityTypeConfiguration<JournalEntry>,
    IEntityTypeConfiguration<JournalLine>,
    IEntityTypeConfiguration<ManualEntry>,
    IEntityTypeConfiguration<AccountingPeriod>,
    IEntityTypeConfiguration<BankStatementFormat>,
    IEntityTypeConfiguration<BankStatement>,
    IEntityTypeConfiguration<BankStatementLine>
{
    public void Configure(EntityTypeBuilder<GlAccount> b)
    {
        b.ToTable("gl_accounts");
        b.Property(x => x.Code).HasMaxLength(12);
        b.Property(x => x.Name).HasMaxLength(160);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.InstitutionId, x.Code }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LedgerMapping> b)
    {
        b.ToTable("ledger_mappings");
        b.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(x => new { x.InstitutionId, x.Purpose }).IsUnique();
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("journal_entries");
        b.Property(x => x.Number).UseIdentityAlwaysColumn();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.ValueDate });
        // Entries posted since the dashboards' last summed day (their live part).
        b.HasIndex(x => new { x.InstitutionId, x.PostedAt });
        b.Property(x => x.Description).HasMaxLength(300);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        // At most one reversal per entry.
        b.HasIndex(x => x.ReversesEntryId).IsUnique();
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.TotalDebit);
        b.Ignore(x => x.TotalCredit);
    }

    public void Configure(EntityTypeBuilder<JournalLine> b)
    {
        b.ToTable("journal_lines", t =>
            t.HasCheckConstraint("ck_journal_lines_one_positive_side", "debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)"));
        b.Property(x => x.Debit).IsMoney();
        b.Property(x => x.Credit).IsMoney();
        b.HasIndex(x => x.EntryId);
        b.HasIndex(x => new { x.InstitutionId, x.GlAccountId });
        b.HasIndex(x => x.DepositAccountId);
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DepositAccount>().WithMany().HasForeignKey(x => x.DepositAccountId).OnDelete(DeleteBehavior.Restrict);
        // Few lines name a participant: the index holds only those.
        b.HasIndex(x => x.TontineParticipantId).HasFilter("tontine_participant_id IS NOT NULL");
        b.HasOne<TontineParticipant>().WithMany().HasForeignKey(x => x.TontineParticipantId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ManualEntry> b)
    {
        b.ToTable("manual_entries");
        b.Property(x => x.Description).HasMaxLength(300);
        b.Property(x => x.Reference).HasMaxLength(60);
        b.Property(x => x.AttachmentName).HasMaxLength(200);
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RejectionReason).HasMaxLength(500);
        b.Property(x => x.ReversalReason).HasMaxLength(500);
        // The lines as written, kept with the entry (the posted journal entry has its own lines): read and written whole.
        b.Property(x => x.Lines).HasColumnType("jsonb").HasConversion(
            lines => JsonSerializer.Serialize(lines, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<ManualEntryLine>>(json, JsonSerializerOptions.Web)!,
            new ValueComparer<IReadOnlyList<ManualEntryLine>>((a, c) => a!.SequenceEqual(c!), l => l.Count, l => l.ToList()));
        // The approval inbox: the entries still waiting, oldest first.
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt }).HasFilter("status = 'PendingApproval'");
        b.HasIndex(x => new { x.InstitutionId, x.ValueDate });
        b.HasIndex(x => x.JournalEntryId).IsUnique();
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.ReversalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AccountingPeriod> b)
    {
        b.ToTable("accounting_periods");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ReopenReason).HasMaxLength(500);
        b.HasIndex(x => new { x.InstitutionId, x.Month }).IsUnique();
        b.Ignore(x => x.LastDay);
        b.Ignore(x => x.IsYearEnd);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.YearEndEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }

    // Bank reconciliation: statement formats, imports and lines, and each line's match.
    public void Configure(EntityTypeBuilder<BankStatementFormat> b)
    {
        b.ToTable("bank_statement_formats");
        b.Property(x => x.Delimiter).HasMaxLength(1);
        b.Property(x => x.DateFormat).HasMaxLength(20);
        b.Property(x => x.DecimalSeparator).HasMaxLength(1);
        b.HasIndex(x => x.GlAccountId).IsUnique();
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BankStatement> b)
    {
        b.ToTable("bank_statements");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.HasIndex(x => new { x.GlAccountId, x.ImportedAt });
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BankStatementLine> b)
    {
        b.ToTable("bank_statement_lines", t => t.HasCheckConstraint("ck_bank_statement_lines_amount", "amount <> 0"));
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.Label).HasMaxLength(300);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Fingerprint).HasMaxLength(64);
        // Importing the same file again adds nothing: a line is known by its fingerprint on its bank account.
        b.HasIndex(x => new { x.GlAccountId, x.Fingerprint }).IsUnique();
        b.HasIndex(x => new { x.GlAccountId, x.Date });
        // A journal line is matched at most once, whatever the interleaving.
        b.HasIndex(x => x.MatchedJournalLineId).IsUnique().HasFilter("matched_journal_line_id IS NOT NULL");
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.GlAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BankStatement>().WithMany().HasForeignKey(x => x.StatementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalLine>().WithMany().HasForeignKey(x => x.MatchedJournalLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
