using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Money;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

// Used only by `dotnet ef` (see docs/adr/0003-migrations-design-time-project.md); never deployed.
Console.WriteLine("Design-time host for `dotnet ef`. Nothing to run.");

internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Port=55432;Database=microfinance;Username=postgres";
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")
                .MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .Options;
        var tenant = new NoTenant();
        var audit = new AuditChangeCollector();
        return new AppDbContext(options).Bind(tenant, audit, new IdDocumentProtector(new byte[32]), new ReferenceDataCache(TimeProvider.System),
            new LedgerRows(tenant, audit));
    }

    private sealed class NoTenant : ITenantContext
    {
        public Guid? InstitutionId => null;
        public bool IsUnrestricted => true;
        public IDisposable EnterInstitutionScope(Guid institutionId) => throw new NotSupportedException();
        public IDisposable EnterUnrestrictedScope() => throw new NotSupportedException();
    }
}
