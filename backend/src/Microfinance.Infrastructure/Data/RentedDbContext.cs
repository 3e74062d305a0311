using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Money;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Scoped: the request's <see cref="AppDbContext"/>, rented from EF's pool and bound to the request's tenant and audit
/// collector; given back, once, when the scope ends. Setting up a fresh context (EF's internal services)
/// was ~10 % of a deposit's API CPU (ADR 0012). Resolved first for the context, so the scope disposes it last.
/// </summary>
public sealed class RentedDbContext(
    IDbContextFactory<AppDbContext> pool, ITenantContext tenant, AuditChangeCollector auditChanges, IdDocumentProtector idDocuments,
    ReferenceDataCache referenceData) : IAsyncDisposable, IDisposable
{
    public AppDbContext Context { get; } = pool.CreateDbContext().Bind(tenant, auditChanges, idDocuments, referenceData, rented: true);

    public ValueTask DisposeAsync() => Context.ReturnAsync();

    public void Dispose() => Context.ReturnAsync().AsTask().GetAwaiter().GetResult();
}
