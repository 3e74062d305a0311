using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting;

/// <summary>The movement reports' filters, one meaning for all: value dates in the period (this month by default), the account's branch, who recorded it, its category.</summary>
public static class MovementReportFilters
{
    public static IQueryable<AccountTransaction> MovementsOf(this ReportFilters f, IApplicationDbContext db, DateOnly today)
    {
        var to = f.To ?? today;
        var from = f.From ?? ReportWords.StartOfMonth(to);
        var movements = db.AccountTransactions.Where(t => t.ValueDate >= from && t.ValueDate <= to);
        if (f.BranchId is { } branch) movements = movements.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.BranchId == branch));
        if (f.AgentId is { } agent) movements = movements.Where(t => t.CreatedBy == agent);
        if (f.CategoryId is { } category) movements = movements.Where(t => t.CategoryId == category);
        return movements;
    }
}
