using Microfinance.Domain.Payments;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>Payments a supervisor must settle: flagged ones (of the branch, when one is given) and unmatched ones (no branch to tell).</summary>
internal static class PaymentsToResolve
{
    public static async Task<int> CountAsync(IApplicationDbContext db, Guid? branch, CancellationToken ct) =>
        await db.PaymentIntents.CountAsync(p => p.Status == PaymentStatus.Flagged && (branch == null || p.BranchId == branch), ct)
        + await db.OrphanPayments.CountAsync(o => o.Status == OrphanPaymentStatus.Open, ct);
}
