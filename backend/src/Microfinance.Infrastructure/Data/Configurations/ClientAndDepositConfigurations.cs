using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Accounting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clients");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.FirstName).HasMaxLength(80);
        b.Property(x => x.LastName).HasMaxLength(80);
        b.Property(x => x.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(16);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.Occupation).HasMaxLength(100);
        b.Property(x => x.IdDocumentType).HasConversion<string>().HasMaxLength(20);
        // Encrypted by AppDbContext's value converter: the column holds ciphertext only.
        b.Property(x => x.IdDocumentNumber).HasMaxLength(200);
        b.Property(x => x.IdDocumentHash).HasMaxLength(64);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Ignore(x => x.FullName);
        b.HasIndex(x => new { x.InstitutionId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Phone }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.IdDocumentHash }).IsUnique().HasFilter("id_document_hash IS NOT NULL");
        b.HasIndex(x => new { x.InstitutionId, x.LastName, x.FirstName });
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepositProductConfiguration : IEntityTypeConfiguration<DepositProduct>
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
}

internal sealed class DepositAccountConfiguration : IEntityTypeConfiguration<DepositAccount>
{
    public void Configure(EntityTypeBuilder<DepositAccount> b)
    {
        b.ToTable("deposit_accounts", t => t.HasCheckConstraint("ck_deposit_accounts_balance_not_negative", "balance >= 0"));
        b.Property(x => x.Number).HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Balance).IsMoney();
        b.HasIndex(x => new { x.InstitutionId, x.Number }).IsUnique();
        b.HasIndex(x => x.ClientId);
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DepositProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Branch>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccountTransactionConfiguration : IEntityTypeConfiguration<AccountTransaction>
{
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
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt });
        b.HasIndex(x => x.ReversesTransactionId).IsUnique();
        b.HasOne<DepositAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WithdrawalRequestConfiguration : IEntityTypeConfiguration<WithdrawalRequest>
{
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
    }
}
