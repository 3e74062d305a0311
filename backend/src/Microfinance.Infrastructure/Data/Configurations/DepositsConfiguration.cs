using Microfinance.Domain.Accounting;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Deposits context's tables: deposit products, accounts, their movements, their categories, pending withdrawals and monthly interest.</summary>
internal sealed class DepositsConfiguration :
    IEntityTypeConfiguration<DepositProduct>,
    IEntityTypeConfiguration<DepositAccount>,
    IEntityTypeConfiguration<AccountTransaction>,
    IEntityTypeConfiguration<WithdrawalRequest>,
    IEntityTypeConfiguration<TransactionCategory>,
    IEntityTypeConfiguration<SavingsInterestPosting>
{
    public void Configure(EntityTypeBuilder<DepositProduct> b)
    {
        b.ToTable("deposit_products");
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.AnnualInterestRatePercent).HasPrecision(7, 4);
        b.Property(x => x.MinimumBalance).IsMoney();
        b.Property(x => x.OpeningFee).IsMoney();
        b.Property(x => x.WithdrawalApprovalThreshold).IsMoney();
        b.HasIndex(x => new { x.InstitutionId, x.Code }).IsUnique();
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.DepositsGlAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.FeeIncomeGlAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.InterestExpenseGlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DepositAccount> b)
    {
        b.ToTable("deposit_accounts", t => t.HasCheckConstraint("ck_deposit_accounts_balance_not_negative", "balance >= 0"));
        b.Property(x => x.Number).HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Balance).IsMoney();
        b.Property(x => x.RejectionReason).HasMaxLength(300);
        b.Property(x => x.OpeningFeePaid).IsMoney();
        b.Property(x => x.OpeningFeeChannel).HasConversion<string>().HasMaxLength(14);
        b.HasIndex(x => new { x.InstitutionId, x.Number }).IsUnique();
        b.HasIndex(x => x.ClientId);
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DepositProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AccountTransaction> b)
    {
        b.ToTable("account_transactions", t => t.HasCheckConstraint("ck_account_transactions_amount_positive", "amount > 0"));
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.BalanceAfter).IsMoney();
        b.Property(x => x.Reference).HasMaxLength(300);
        b.Property(x => x.ReversalReason).HasMaxLength(300);
        b.Ignore(x => x.SignedAmount);
        b.HasIndex(x => new { x.AccountId, x.Sequence }).IsUnique();
        b.HasIndex(x => x.JournalEntryId);
        // The transaction explorer's default order (newest recorded first; the day totals' spans too) and its client filter.
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt, x.Sequence });
        b.HasIndex(x => x.ClientId);
        // The auditor's reversals a month read the reversals alone (a few in a thousand movements), not a year of movements.
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt }, "ix_account_transactions_reversals_created_at").HasFilter("type = 'Reversal'");
        b.HasIndex(x => x.ReversesTransactionId).IsUnique();
        b.HasOne<DepositAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
        // Restrict: a category in use is never deleted (the handler answers 409 first; the database holds it too).
        b.HasIndex(x => x.CategoryId);
        b.HasOne<TransactionCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WithdrawalRequest> b)
    {
        b.ToTable("withdrawal_requests", t => t.HasCheckConstraint("ck_withdrawal_requests_amount_positive", "amount > 0"));
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.RejectionReason).HasMaxLength(300);
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasIndex(x => x.AccountId);
        b.HasOne<DepositAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TransactionCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TransactionCategory> b)
    {
        b.ToTable("transaction_categories");
        b.Property(x => x.Name).HasMaxLength(TransactionCategory.NameMaxLength);
        b.Property(x => x.NormalizedName).HasMaxLength(TransactionCategory.NameMaxLength);
        b.HasIndex(x => new { x.InstitutionId, x.NormalizedName }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SavingsInterestPosting> b)
    {
        b.ToTable("savings_interest_postings", t => t.HasCheckConstraint("ck_savings_interest_postings_amount", "amount >= 0 AND (amount > 0) = (account_transaction_id IS NOT NULL)"));
        b.Property(x => x.MinimumBalance).IsMoney();
        b.Property(x => x.AnnualInterestRatePercent).HasPrecision(7, 4);
        b.Property(x => x.Amount).IsMoney();
        // Once per account and month, whatever runs it (two instances, a manual rerun): the database refuses a second one.
        b.HasIndex(x => new { x.AccountId, x.Month }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Month });
        b.HasOne<DepositAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AccountTransaction>().WithMany().HasForeignKey(x => x.AccountTransactionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
