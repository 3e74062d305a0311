using Microfinance.Domain.IdentityAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Microfinance.Infrastructure.Data.Configurations;

/// <summary>The integrators' API clients (IdentityAccess): one institution's each, names unique within it.</summary>
internal sealed class ApiClientsConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("api_clients", t => t.HasCheckConstraint("ck_api_clients_rate_limit", "rate_limit_per_minute >= 1"));
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SecretHash).HasMaxLength(64).IsFixedLength();
        b.HasIndex(x => new { x.InstitutionId, x.Name }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
