using Microfinance.Domain.Clients;
using Microfinance.Domain.IdentityAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The Clients context's tables: clients.</summary>
internal sealed class ClientsConfiguration :
    IEntityTypeConfiguration<Client>
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
        b.Property(x => x.Language).HasMaxLength(2).HasDefaultValue("fr");
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
