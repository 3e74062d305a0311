using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>
/// The movement reports' filters, one meaning for all, over every movement of the institution (<see cref="Movement"/>,
/// the transaction explorer's): value dates in the period (this month by default), the account's or the loan's branch,
/// who recorded it, its category.
/// </summary>
public static class MovementReportFilters
{
    public static IQueryable<Movement> MovementsOf(this ReportFilters f, IApplicationDbContext db, DateOnly today)
    {
        var to = f.To ?? today;
        var from = f.From ?? ReportWords.StartOfMonth(to);
        var movements = db.Movements.AsNoTracking().Where(t => t.ValueDate >= from && t.ValueDate <= to);
        if (f.BranchId is { } branch) movements = movements.Where(t => t.BranchId == branch);
        if (f.AgentId is { } agent) movements = movements.Where(t => t.CreatedBy == agent);
        if (f.CategoryId is { } category) movements = movements.Where(t => t.CategoryId == category);
        return movements;
    }
}
