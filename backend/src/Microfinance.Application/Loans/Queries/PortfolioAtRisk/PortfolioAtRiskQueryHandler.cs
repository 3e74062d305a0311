using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed class PortfolioAtRiskQueryHandler(IApplicationDbContext db, IIdentityService identity, InstitutionProfile institution)
    : IRequestHandler<PortfolioAtRiskQuery, PortfolioAtRiskDto>
{
    public async Task<PortfolioAtRiskDto> Handle(PortfolioAtRiskQuery q, CancellationToken cancellationToken)
    {
        var asOf = q.AsOf ?? await institution.TodayAsync(cancellationToken);
        var loans = await (
            from l in db.Loans
            where l.Status == LoanStatus.Active
            select new
            {
                l.BranchId,
                AgentId = l.CreatedBy,
                Outstanding = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalDue - i.PrincipalPaid),
                OldestLate = db.LoanInstallments
                    .Where(i => i.LoanId == l.Id && i.DueDate < asOf && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                    .Min(i => (DateOnly?)i.DueDate),
            }).ToListAsync(cancellationToken);
        var rows = loans.Select(l => (l.BranchId, l.AgentId, l.Outstanding, Days: l.OldestLate is { } due ? asOf.DayNumber - due.DayNumber : 0)).ToList();

        var branchNames = await db.Branches.ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var byBranch = rows.GroupBy(r => r.BranchId).Select(g => new ParGroup(g.Key, branchNames.GetValueOrDefault(g.Key, "?"), Figures(g))).OrderBy(g => g.Name).ToList();
        var agentNames = await identity.GetDisplayNamesAsync(rows.Select(r => r.AgentId).Distinct().ToList(), cancellationToken);
        var byAgent = rows.GroupBy(r => r.AgentId).Select(g => new ParGroup(g.Key, agentNames.GetValueOrDefault(g.Key, "?"), Figures(g))).OrderBy(g => g.Name).ToList();
        return new PortfolioAtRiskDto(asOf, Figures(rows), byBranch, byAgent);
    }

    private static ParFigures Figures(IEnumerable<(Guid BranchId, Guid AgentId, decimal Outstanding, int Days)> loans)
    {
        var list = loans.ToList();
        var total = list.Sum(l => l.Outstanding);
        decimal Ratio(int days) => total == 0 ? 0 : Math.Round(list.Where(l => l.Days > days).Sum(l => l.Outstanding) / total * 100, 2, MidpointRounding.AwayFromZero);
        return new ParFigures(total, Ratio(1), Ratio(30), Ratio(90), list.Count, list.Count(l => l.Days > 0));
    }
}
