namespace Microfinance.Application.Reporting;

/// <summary>
/// The names a report shows instead of ids — branches, loan products, agents — read once per report run, not per row
/// (agents live in the identity store, the others are few).
/// </summary>
public sealed class ReportNames(IApplicationDbContext db, IIdentityService identity)
{
    /// <summary>With the agents a query of the report finds (distinct in the database).</summary>
    public async Task<ReportNameBook> LoadAsync(IQueryable<Guid?> agentIds, CancellationToken cancellationToken) =>
        await LoadAsync(await agentIds.Where(a => a != null).Distinct().ToListAsync(cancellationToken), cancellationToken);

    public async Task<ReportNameBook> LoadAsync(IReadOnlyCollection<Guid?> agentIds, CancellationToken cancellationToken)
    {
        var branches = await db.Branches.ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var products = await db.LoanProducts.ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var agents = agentIds.OfType<Guid>().Distinct().ToList();
        return new ReportNameBook(branches, products, await identity.GetDisplayNamesAsync(agents, cancellationToken));
    }
}
