using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>
/// An agent's dashboard: everything is theirs — recorded by them, assigned to them, or loans they put together. What they
/// collected today is deposits, loan repayments and tontine contributions.
/// </summary>
internal static class AgentFigures
{
    private const int Listed = 8;

    public static async Task<AgentDashboardDto> LoadAsync(IApplicationDbContext db, DashboardScope s, CancellationToken ct)
    {
        var me = s.UserId;
        var deposits = await db.AccountTransactions
            .Where(t => t.CreatedBy == me && t.CreatedAt >= s.TodayStarts && t.Type == TransactionType.Deposit && t.ReversedAt == null)
            .GroupBy(t => t.Channel)
            .Select(g => new { Channel = g.Key ?? Channel.Cash, Count = g.Count(), Amount = g.Sum(t => t.Amount) })
            .ToListAsync(ct);
        var repayments = await db.LoanRepayments
            .Where(r => r.CreatedBy == me && r.CreatedAt >= s.TodayStarts && r.ReversedAt == null)
            .GroupBy(r => r.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count(), Amount = g.Sum(r => r.Amount) })
            .ToListAsync(ct);
        var contributions = await db.TontineContributions
            .Where(c => c.CollectedBy == me && c.CreatedAt >= s.TodayStarts)
            .GroupBy(c => c.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count(), Amount = g.Sum(c => c.Amount) })
            .ToListAsync(ct);
        var byChannel = deposits.Concat(repayments).Concat(contributions)
            .GroupBy(c => c.Channel)
            .Select(g => new ChannelFiguresDto(g.Key, g.Sum(c => c.Count), g.Sum(c => c.Amount)))
            .OrderBy(c => c.Channel)
            .ToList();

        var pending = new PendingRequestsDto(
            await db.DepositAccounts.CountAsync(a => a.RequestedBy == me && a.Status == DepositAccountStatus.Requested, ct),
            await db.WithdrawalRequests.CountAsync(w => w.RequestedBy == me && w.Status == WithdrawalRequestStatus.Pending, ct),
            await db.Loans.CountAsync(l => l.CreatedBy == me && (l.Status == LoanStatus.Submitted || l.Status == LoanStatus.UnderReview
                || l.Status == LoanStatus.Recommended || l.Status == LoanStatus.Approved), ct));

        return new AgentDashboardDto(
            new CountAmountDto(byChannel.Sum(c => c.Count), byChannel.Sum(c => c.Amount)), byChannel,
            await db.Clients.CountAsync(c => c.AssignedAgentId == me, ct), pending,
            await DueAsync(db, s, me, from: s.Today, to: s.Today.AddDays(6), ct),
            await DueAsync(db, s, me, from: null, to: s.Today.AddDays(-1), ct));
    }

    /// <summary>
    /// The agent's active loans with something unpaid falling due between the two days (any time up to <paramref name="to"/>
    /// without <paramref name="from"/>), read from the unpaid installments' due-date index rather than loan by loan.
    /// </summary>
    private static async Task<DueLoansDto> DueAsync(IApplicationDbContext db, DashboardScope s, Guid me, DateOnly? from, DateOnly to, CancellationToken ct)
    {
        var unpaid = db.LoanInstallments.Where(i => i.DueDate <= to
            && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue);
        if (from is { } first) unpaid = unpaid.Where(i => i.DueDate >= first);
        var loans =
            from i in unpaid
            join l in db.Loans on i.LoanId equals l.Id
            where l.CreatedBy == me && l.Status == LoanStatus.Active
            group i by new { l.Id, l.Number, l.ClientId } into g
            select new
            {
                g.Key.Id,
                g.Key.Number,
                g.Key.ClientId,
                DueDate = g.Min(i => i.DueDate),
                Amount = g.Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid),
            };
        var totals = await loans.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(l => l.Amount) }).FirstOrDefaultAsync(ct);
        var listed = await loans.OrderBy(l => l.DueDate).ThenBy(l => l.Number).Take(Listed).ToListAsync(ct);
        var clientIds = listed.Select(l => l.ClientId).ToList();
        var names = await db.Clients.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        return new DueLoansDto(totals?.Count ?? 0, totals?.Amount ?? 0, listed.Select(l => new DueLoanDto(l.Id, l.Number, l.ClientId,
            names.GetValueOrDefault(l.ClientId, ""), l.DueDate, l.Amount, Math.Max(0, s.Today.DayNumber - l.DueDate.DayNumber))).ToList());
    }
}
