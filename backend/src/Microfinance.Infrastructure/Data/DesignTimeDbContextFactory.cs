using Microfinance.Application.Common.Money;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Used only by <c>dotnet ef</c> (docs/adr/0003). It earns its place: the context must be bound before its model is built
/// (the ID-document converter comes from the binding), and the tools need no configured host, JWT key or running database.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Port=55432;Database=microfinance;Username=postgres";
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options;
        var tenant = new UnrestrictedTenant();
        var audit = new AuditChangeCollector();
        return new AppDbContext(options).Bind(tenant, audit, new IdDocumentProtector(new byte[32]), new ReferenceDataCache(TimeProvider.System));
    }

    private sealed class UnrestrictedTenant : Application.Common.Interfaces.ITenantContext
    {
        public Guid? InstitutionId => null;
        public bool IsUnrestricted => true;
        public IDisposable EnterInstitutionScope(Guid institutionId) => throw new NotSupportedException();
        public IDisposable EnterUnrestrictedScope() => throw new NotSupportedException();
    }
}
