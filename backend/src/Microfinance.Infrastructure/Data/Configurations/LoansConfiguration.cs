using Microfinance.Domain.Accounting;
using Microfinance.Domain.Clients;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Loans context's tables: loan products, loans, installments, repayments and penalties.</summary>
internal sealed class LoansConfiguration :
    IEntityTypeConfiguration<LoanProduct>,
    IEntityTypeConfiguration<Loan>,
    IEntityTypeConfiguration<LoanInstallment>,
    IEntityTypeConfiguration<LoanRepayment>,
    IEntityTypeConfiguration<LoanPenaltyCharge>
{
    public void Configure(EntityTypeBuilder<LoanProduct> b)
    {
        b.ToTable("loan_products");
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.MinAmount).IsMoney();
        b.Property(x => x.MaxAmount).IsMoney();
        b.Property(x => x.GuaranteeRequiredAbove).IsMoney();
        b.Property(x => x.PenaltyValue).HasPrecision(19, 4);
        b.Property(x => x.MinRatePercent).HasPrecision(7, 4);
        b.Property(x => x.MaxRatePercent).HasPrecision(7, 4);
        b.Property(x => x.ProcessingFeePercent).HasPrecision(7, 4);
        b.Property(x => x.MaxAmountToSavingsRatio).HasPrecision(7, 2);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InterestMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Amortization).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PenaltyKind).HasConversion<string>().HasMaxLength(30);
        b.Ignore(x => x.PenaltyRule);
        b.HasIndex(x => new { x.InstitutionId, x.Code }).IsUnique();
        foreach (var gl in new[] { "PortfolioGlAccountId", "InterestIncomeGlAccountId", "FeeIncomeGlAccountId", "PenaltyIncomeGlAccountId",
                     "PenaltiesReceivableGlAccountId", "LossExpenseGlAccountId" })
            b.HasOne<GlAccount>().WithMany().HasForeignKey(gl).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Loan> b)
    {
        b.ToTable("loans");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Principal).IsMoney();
        b.Property(x => x.AnnualInterestRatePercent).HasPrecision(7, 4);
        b.Property(x => x.ProcessingFeePercent).HasPrecision(7, 4);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InterestMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Amortization).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Purpose).HasMaxLength(300);
        b.Property(x => x.Guarantee).HasMaxLength(500);
        b.Property(x => x.StatusReason).HasMaxLength(300);
        b.Property(x => x.DisbursementChannel).HasConversion<string>().HasMaxLength(14);
        b.Ignore(x => x.Terms);
        b.Ignore(x => x.Outstanding);
        b.Ignore(x => x.OutstandingPrincipal);
        b.Ignore(x => x.TotalPaid);
        b.Ignore(x => x.NextDue);
        b.HasIndex(x => new { x.InstitutionId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LoanProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.DisbursementEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Installments).WithOne().HasForeignKey(i => i.LoanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Installments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<LoanInstallment> b)
    {
        b.ToTable("loan_installments");
        // Installments join an already tracked loan at disbursement: a client-made key must mean "new", not "changed".
        b.Property(x => x.Id).ValueGeneratedNever();
        foreach (var money in new[] { "PrincipalDue", "InterestDue", "FeesDue", "PenaltiesDue", "PrincipalPaid", "InterestPaid", "FeesPaid", "PenaltiesPaid" })
            b.Property<decimal>(money).HasPrecision(19, 4);
        b.Ignore(x => x.TotalDue);
        b.Ignore(x => x.TotalPaid);
        b.Ignore(x => x.Outstanding);
        b.Ignore(x => x.OverdueBase);
        b.Ignore(x => x.IsPaid);
        b.HasIndex(x => new { x.LoanId, x.Number }).IsUnique();
        // What is left to collect, by due date (an agent's dashboard: late, and due this week): paid installments drop out.
        b.HasIndex(x => x.DueDate).HasDatabaseName("ix_loan_installments_unpaid_due_date")
            .HasFilter("principal_paid + interest_paid + fees_paid + penalties_paid < principal_due + interest_due + fees_due + penalties_due");
        b.ToTable(t => t.HasCheckConstraint("ck_loan_installments_paid_within_due",
            "principal_paid BETWEEN 0 AND principal_due AND interest_paid BETWEEN 0 AND interest_due AND fees_paid BETWEEN 0 AND fees_due AND penalties_paid BETWEEN 0 AND penalties_due"));
    }

    public void Configure(EntityTypeBuilder<LoanRepayment> b)
    {
        b.ToTable("loan_repayments", t => t.HasCheckConstraint("ck_loan_repayments_parts_sum",
            "amount > 0 AND penalties_part + fees_part + interest_part + principal_part = amount"));
        foreach (var money in new[] { "Amount", "PenaltiesPart", "FeesPart", "InterestPart", "PrincipalPart" })
            b.Property<decimal>(money).HasPrecision(19, 4);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.ReversalReason).HasMaxLength(300);
        b.Ignore(x => x.Allocation);
        b.HasIndex(x => new { x.LoanId, x.Sequence }).IsUnique();
        // The transaction explorer's default order (newest recorded first) and its client filter, as account_transactions has them.
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt, x.Sequence });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LoanPenaltyCharge> b)
    {
        b.ToTable("loan_penalty_charges");
        b.Property(x => x.Amount).IsMoney();
        // End of day may run twice: the database refuses a second penalty for the same installment and day.
        b.HasIndex(x => new { x.LoanId, x.InstallmentNumber, x.Day }).IsUnique();
        b.HasOne<Loan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
