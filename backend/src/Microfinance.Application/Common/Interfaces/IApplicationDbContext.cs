using Microfinance.Domain.Audit;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>The application's view of the database. Every set is already narrowed to the caller's institution.</summary>
public interface IApplicationDbContext
{
    DbSet<Institution> Institutions { get; }
    DbSet<Branch> Branches { get; }
    DbSet<AuditRecord> AuditRecords { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
