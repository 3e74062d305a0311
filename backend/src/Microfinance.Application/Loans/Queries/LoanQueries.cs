using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoanProductsQuery(bool? IsActive = null) : IRequest<IReadOnlyList<LoanProductDto>>;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoansQuery(
    LoanStatus? Status = null, Guid? ClientId = null, Guid? BranchId = null, Guid? AgentId = null, bool? InArrears = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<LoanDto>>, IPageRequest;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetLoanQuery(Guid Id) : IRequest<LoanDto>;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetLoanScheduleQuery(Guid Id) : IRequest<IReadOnlyList<InstallmentDto>>;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoanRepaymentsQuery(Guid Id) : IRequest<IReadOnlyList<LoanRepaymentDto>>;

public sealed class ListLoansQueryValidator : AbstractValidator<ListLoansQuery>
{
    public ListLoansQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class LoanQueryHandlers(IApplicationDbContext db, LoanReader reader)
    : IRequestHandler<ListLoanProductsQuery, IReadOnlyList<LoanProductDto>>,
      IRequestHandler<ListLoansQuery, PagedList<LoanDto>>,
      IRequestHandler<GetLoanQuery, LoanDto>,
      IRequestHandler<GetLoanScheduleQuery, IReadOnlyList<InstallmentDto>>,
      IRequestHandler<ListLoanRepaymentsQuery, IReadOnlyList<LoanRepaymentDto>>
{
    public async Task<IReadOnlyList<LoanProductDto>> Handle(ListLoanProductsQuery q, CancellationToken cancellationToken)
    {
        var products = db.LoanProducts.AsNoTracking();
        if (q.IsActive is { } active) products = products.Where(p => p.IsActive == active);
        return await products.OrderBy(p => p.Code).ProjectToDto().ToListAsync(cancellationToken);
    }

    public async Task<PagedList<LoanDto>> Handle(ListLoansQuery q, CancellationToken cancellationToken)
    {
        var loans = await reader.LoansAsync(cancellationToken);
        if (q.Status is { } status) loans = loans.Where(l => l.Status == status);
        if (q.ClientId is { } client) loans = loans.Where(l => l.ClientId == client);
        if (q.BranchId is { } branch) loans = loans.Where(l => l.BranchId == branch);
        if (q.AgentId is { } agent) loans = loans.Where(l => l.CreatedBy == agent);
        if (q.InArrears is { } arrears) loans = loans.Where(l => (l.DaysInArrears > 0) == arrears);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim().ToLower();
            loans = loans.Where(l => l.Number.ToLower().Contains(search) || l.ClientName.ToLower().Contains(search));
        }
        return await PagedList<LoanDto>.CreateAsync(loans.OrderByDescending(l => l.CreatedAt), q.Page, q.PageSize, cancellationToken);
    }

    public Task<LoanDto> Handle(GetLoanQuery q, CancellationToken cancellationToken) => reader.LoanAsync(q.Id, cancellationToken);

    public Task<IReadOnlyList<InstallmentDto>> Handle(GetLoanScheduleQuery q, CancellationToken cancellationToken) => reader.ScheduleAsync(q.Id, cancellationToken);

    public async Task<IReadOnlyList<LoanRepaymentDto>> Handle(ListLoanRepaymentsQuery q, CancellationToken cancellationToken)
    {
        if (!await db.Loans.AnyAsync(l => l.Id == q.Id, cancellationToken)) throw new NotFoundException("Loan", q.Id);
        var repayments = await db.LoanRepayments.AsNoTracking().Where(p => p.LoanId == q.Id).OrderBy(p => p.Sequence).ToListAsync(cancellationToken);
        return repayments.Select(Commands.LoanServicingHandlers.ToDto).ToList();
    }
}

/// <summary>Portfolio at risk: outstanding principal of loans late more than N days ÷ total outstanding principal.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record PortfolioAtRiskQuery(DateOnly? AsOf = null) : IRequest<PortfolioAtRiskDto>;

public sealed record ParFigures(decimal OutstandingPrincipal, decimal Par1, decimal Par30, decimal Par90, int ActiveLoans, int LoansInArrears);

public sealed record ParGroup(Guid Id, string Name, ParFigures Figures);

public sealed record PortfolioAtRiskDto(DateOnly AsOf, ParFigures Overall, IReadOnlyList<ParGroup> ByBranch, IReadOnlyList<ParGroup> ByAgent);

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
