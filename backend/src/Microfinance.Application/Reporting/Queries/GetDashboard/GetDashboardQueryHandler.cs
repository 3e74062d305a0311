using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed class GetDashboardQueryHandler(IApplicationDbContext db, IMediator mediator, InstitutionProfile institution, ICurrentUser user)
    : IRequestHandler<GetDashboardQuery, DashboardDto>
{
    public async Task<DashboardDto> Handle(GetDashboardQuery q, CancellationToken cancellationToken)
    {
        var current = await institution.CurrentAsync(cancellationToken);
        var role = user.Role ?? "";
        // A supervisor attached to a branch sees that branch; everyone else sees the institution (agents see their own work).
        var branch = role == Roles.Supervisor ? user.BranchId : null;
        var s = new DashboardScope(current, await institution.TodayAsync(cancellationToken), user.UserId ?? Guid.Empty, branch);
        var branchName = branch is { } id ? await db.Branches.Where(b => b.Id == id).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return role switch
        {
            Roles.Agent => new(role, s.Today, branch, branchName, await AgentFigures.LoadAsync(db, s, cancellationToken), null, null, null),
            Roles.Accountant => new(role, s.Today, branch, branchName, null, null, await AccountantFigures.LoadAsync(db, s, cancellationToken), null),
            Roles.Auditor => new(role, s.Today, branch, branchName, null, null, null, await AuditorFigures.LoadAsync(db, s, cancellationToken)),
            _ => new(role, s.Today, branch, branchName, null, await ManagerFigures.LoadAsync(db, mediator, s, cancellationToken), null, null),
        };
    }
}
