using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed class PortfolioAtRiskQueryHandler(IApplicationDbContext db, IIdentityService identity, InstitutionProfile institution)
    : IRequestHandler<PortfolioAtRiskQuery, PortfolioAtRiskDto>
{
    public async Task<PortfolioAtRiskDto> Handle(PortfolioAtRiskQuery q, CancellationToken cancellationToken)
    {
        var asOf = q.AsOf ?? await institution.TodayAsync(cancellationToken);
        var loans = await LoanArrears.Of(db, db.Loans, asOf).ToListAsync(cancellationToken);

        var branchNames = await db.Branches.ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var byBranch = loans.GroupBy(r => r.BranchId)
            .Select(g => new ParGroup(g.Key, branchNames.GetValueOrDefault(g.Key, "?"), LoanArrears.Figures([.. g], asOf))).OrderBy(g => g.Name).ToList();
        var agentNames = await identity.GetDisplayNamesAsync(loans.Select(r => r.AgentId).Distinct().ToList(), cancellationToken);
        var byAgent = loans.GroupBy(r => r.AgentId)
            .Select(g => new ParGroup(g.Key, agentNames.GetValueOrDefault(g.Key, "?"), LoanArrears.Figures([.. g], asOf))).OrderBy(g => g.Name).ToList();
        return new PortfolioAtRiskDto(asOf, LoanArrears.Figures(loans, asOf), byBranch, byAgent);
    }
}
