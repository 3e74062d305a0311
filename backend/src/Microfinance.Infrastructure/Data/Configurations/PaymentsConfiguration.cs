using Microfinance.Domain.Accounting;
using Microfinance.Domain.Clients;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Payments;
using Microfinance.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Payments context's tables: provider accounts, payment intents with their history, orphans, and the sandbox's outgoing webhooks.</summary>
internal sealed class PaymentsConfiguration :
    IEntityTypeConfiguration<PaymentProvider>,
    IEntityTypeConfiguration<PaymentIntent>,
    IEntityTypeConfiguration<PaymentEvent>,
    IEntityTypeConfiguration<OrphanPayment>,
    IEntityTypeConfiguration<SandboxDelivery>
{
    public void Configure(EntityTypeBuilder<PaymentProvider> b)
    {
        b.ToTable("payment_providers");
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Name).HasMaxLength(80);
        b.Property(x => x.LastRejectionReason).HasMaxLength(40);
        // The code is the webhook's route: unique across institutions.
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GlAccount>().WithMany().HasForeignKey(x => x.ClearingGlAccountId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PaymentIntent> b)
    {
        b.ToTable("payment_intents", t => t.HasCheckConstraint("ck_payment_intents_amount_positive", "amount > 0"));
        b.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.ReceivedAmount).IsMoney();
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.ReceivedCurrency).HasMaxLength(3);
        b.Property(x => x.PayerPhone).HasMaxLength(16);
        b.Property(x => x.ProviderReference).HasMaxLength(100);
        b.Property(x => x.PayerInstructions).HasMaxLength(300);
        b.Property(x => x.CheckoutUrl).HasMaxLength(500);
        b.Property(x => x.ProviderTransactionId).HasMaxLength(100);
        b.Property(x => x.FlagReason).HasMaxLength(60);
        b.Property(x => x.ResolutionReason).HasMaxLength(300);
        b.Ignore(x => x.IsPending);
        b.HasIndex(x => new { x.InstitutionId, x.CreatedAt });
        // What the reconciliation job looks for.
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => x.TargetId);
        b.HasIndex(x => x.ClientId);
        b.HasOne<PaymentProvider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.PaymentIntentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<PaymentEvent> b)
    {
        b.ToTable("payment_events");
        // Events join an already tracked intent: a client-made key must mean "new", not "changed".
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Detail).HasMaxLength(400);
    }

    public void Configure(EntityTypeBuilder<OrphanPayment> b)
    {
        b.ToTable("orphan_payments");
        b.Property(x => x.ProviderTransactionId).HasMaxLength(100);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Amount).IsMoney();
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.PayerPhone).HasMaxLength(16);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Resolution).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ResolutionReason).HasMaxLength(300);
        // One orphan per provider transaction, whatever the number of copies delivered.
        b.HasIndex(x => new { x.ProviderId, x.ProviderTransactionId }).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Status });
        b.HasOne<PaymentProvider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SandboxDelivery> b)
    {
        b.ToTable("sandbox_deliveries");
        b.Property(x => x.Provider).HasMaxLength(40);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.HasIndex(x => new { x.DeliveredAt, x.DueAt });
    }
}
