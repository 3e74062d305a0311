namespace Microfinance.Application.Reporting;

/// <summary>
/// The names a report shows instead of ids — branches, loan products, agents — read once per report run, not per row
/// (agents live in the identity store, the others are few).
/// </summary>
public sealed class ReportNames(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<ReportNameBook> LoadAsync(IQueryable<Guid?> agentIds, CancellationToken cancellationToken)
    {
        var branches = await db.Branches.ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var products = await db.LoanProducts.ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var agents = await agentIds.Where(a => a != null).Select(a => a!.Value).Distinct().ToListAsync(cancellationToken);
        return new ReportNameBook(branches, products, await identity.GetDisplayNamesAsync(agents, cancellationToken));
    }
}
