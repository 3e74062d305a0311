using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>structuring</c>: withdrawals kept just under the account's approval threshold (at most the threshold, at least
/// <c>belowThresholdPercent</c> % under it) so that none waits for a supervisor, at least <c>minWithdrawals</c> of them
/// within <c>windowDays</c>. Such withdrawals form a run while each follows the previous within <c>windowDays</c>; a run is
/// one finding, keyed by its account and first withdrawal, so the window sliding day by day never reports it twice and a
/// run that goes on is the same finding, worse (magnitude: its total). Reported while its last withdrawal is within
/// <c>recentDays</c>. High when the run holds twice <c>minWithdrawals</c>: a habit, not a coincidence.
/// </summary>
internal sealed class StructuringRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.Structuring;

    // Only accounts whose product has a threshold, and only the few withdrawals near it, are read: a run is traced back to
    // its first withdrawal however old, so its key does not change as the recent window moves.
    private const string Sql = """
        WITH near AS (
            SELECT t.id, t.account_id, t.client_id, t.branch_id, t.amount, t.created_by, t.created_at, t.value_date,
                   p.withdrawal_approval_threshold AS threshold
            FROM account_transactions t
            JOIN deposit_accounts a ON a.id = t.account_id
            JOIN deposit_products p ON p.id = a.product_id
            WHERE t.institution_id = $1 AND t.type = 'Withdrawal' AND t.reversed_at IS NULL
              AND p.withdrawal_approval_threshold IS NOT NULL
              AND t.amount <= p.withdrawal_approval_threshold AND t.amount >= p.withdrawal_approval_threshold * (1 - $2 / 100)
        ),
        linked AS (
            SELECT n.*,
                   CASE WHEN n.created_at - lag(n.created_at) OVER (PARTITION BY n.account_id ORDER BY n.created_at, n.id) <= $3 THEN 0 ELSE 1 END AS starts,
                   count(*) OVER (PARTITION BY n.account_id ORDER BY n.created_at RANGE BETWEEN $3 PRECEDING AND CURRENT ROW) AS in_window
            FROM near n
        ),
        runs AS (
            SELECT l.*, sum(l.starts) OVER (PARTITION BY l.account_id ORDER BY l.created_at, l.id) AS run
            FROM linked l
        )
        SELECT r.account_id, a.number, r.client_id, r.branch_id, min(r.threshold),
               array_agg(r.id ORDER BY r.created_at, r.id), count(*), sum(r.amount), max(r.in_window),
               min(r.value_date), max(r.value_date), (array_agg(r.created_by ORDER BY r.created_at DESC, r.id DESC))[1]
        FROM runs r
        JOIN deposit_accounts a ON a.id = r.account_id
        GROUP BY r.account_id, a.number, r.client_id, r.branch_id, r.run
        HAVING max(r.in_window) >= $4 AND max(r.created_at) >= $5
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var minWithdrawals = context.Whole("minWithdrawals");
        var windowDays = context.Whole("windowDays");
        return await db.ListAsync(Sql, row =>
        {
            var (accountId, number, clientId, withdrawals) = (row.GetGuid(0), row.GetString(1), row.GetGuid(2), row.GetFieldValue<Guid[]>(5));
            var (count, total) = (row.GetInt64(6), row.GetDecimal(7));
            var (from, to) = (row.GetFieldValue<DateOnly>(9), row.GetFieldValue<DateOnly>(10));
            return new AnomalyEvidence(Rule, $"{accountId}:{withdrawals[0]}", count >= 2 * minWithdrawals ? AnomalySeverity.High : AnomalySeverity.Medium,
                total,
                AnomalyFigures.Of(("withdrawals", count), ("total", total), ("threshold", row.GetDecimal(4)), ("maxInWindow", row.GetInt64(8)),
                    ("firstOn", from), ("lastOn", to), ("windowDays", windowDays), ("belowThresholdPercent", context.Parameter("belowThresholdPercent"))),
                [new AnomalySubject("DepositAccount", accountId, number), new AnomalySubject("Client", clientId),
                    .. withdrawals.Select(w => new AnomalySubject("AccountTransaction", w))],
                to, row.GetGuid(3), row.IsDBNull(11) ? null : row.GetGuid(11), clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(context.Parameter("belowThresholdPercent")),
            RawSql.Value(TimeSpan.FromDays(windowDays)), RawSql.Value((long)minWithdrawals), RawSql.Value(context.Now.AddDays(-context.Whole("recentDays"))));
    }
}
