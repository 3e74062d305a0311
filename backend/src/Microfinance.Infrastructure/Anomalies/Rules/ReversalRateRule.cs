using System.Globalization;
using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>reversal_rate</c>: a user whose operations got reversed far more often than their colleagues'. Over the last
/// <c>windowDays</c>, for each user who recorded at least <c>minOperations</c> operations (deposits, withdrawals,
/// transfers, loan repayments — what a counter records), the share of them reversed since (by whoever reversed them:
/// usually a supervisor, but the rate is of the recorder's work). Flagged when it is at least <c>peerMultiple</c> × the
/// median of the other such users and at least <c>minRatePercent</c> (a median of 0 leaves the floor alone to decide);
/// with no peer to compare to, nothing. One finding per user and month of the window's end, so a user flagged all month
/// is one finding whose figures follow the window; its magnitude is the reversed count. High from
/// <c>highSeverityRatePercent</c>.
/// </summary>
internal sealed class ReversalRateRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.ReversalRate;

    // Both parts read their (institution_id, created_at, sequence) index over the window only.
    private const string Sql = """
        WITH operations AS (
            SELECT t.created_by, t.branch_id, t.created_at, t.reversed_at IS NOT NULL AS reversed
            FROM account_transactions t
            WHERE t.institution_id = $1 AND t.created_at >= $2 AND t.created_by IS NOT NULL
              AND t.type IN ('Deposit', 'Withdrawal', 'TransferOut')
            UNION ALL
            SELECT r.created_by, r.branch_id, r.created_at, r.reversed_at IS NOT NULL
            FROM loan_repayments r
            WHERE r.institution_id = $1 AND r.created_at >= $2 AND r.created_by IS NOT NULL
        ), users_rates AS (
            SELECT o.created_by AS user_id, count(*) AS operations, count(*) FILTER (WHERE o.reversed) AS reversed,
                   100.0 * count(*) FILTER (WHERE o.reversed) / count(*) AS rate,
                   (array_agg(o.branch_id ORDER BY o.created_at DESC))[1] AS branch_id
            FROM operations o
            GROUP BY o.created_by
            HAVING count(*) >= $3
        ), compared AS (
            SELECT r.*, (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.rate) FROM users_rates p WHERE p.user_id <> r.user_id)::numeric AS peer_median,
                   (SELECT count(*) FROM users_rates p WHERE p.user_id <> r.user_id) AS peers
            FROM users_rates r
        )
        SELECT c.user_id, u.display_name, c.operations, c.reversed, c.rate, c.peer_median, c.peers, c.branch_id
        FROM compared c
        JOIN users u ON u.id = c.user_id
        WHERE c.peers > 0 AND c.rate >= $4 AND c.rate >= $5 * c.peer_median
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var (windowDays, minOperations) = (context.Whole("windowDays"), context.Whole("minOperations"));
        var (peerMultiple, minRate, highFrom) = (context.Parameter("peerMultiple"), context.Parameter("minRatePercent"), context.Parameter("highSeverityRatePercent"));
        var month = context.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return await db.ListAsync(Sql, row =>
        {
            var (userId, operations, reversed) = (row.GetGuid(0), row.GetInt64(2), row.GetInt64(3));
            var (rate, peerMedian) = (Math.Round(row.GetDecimal(4), 2), Math.Round(row.GetDecimal(5), 2));
            return new AnomalyEvidence(Rule, $"{userId}:{month}", rate >= highFrom ? AnomalySeverity.High : AnomalySeverity.Medium, reversed,
                AnomalyFigures.Of(("operations", operations), ("reversed", reversed), ("ratePercent", rate), ("peerMedianPercent", peerMedian),
                    ("peers", row.GetInt64(6)), ("windowFrom", context.Today.AddDays(-windowDays)), ("windowTo", context.Today),
                    ("minOperations", minOperations), ("peerMultiple", peerMultiple), ("minRatePercent", minRate)),
                [new AnomalySubject("User", userId, row.GetString(1))],
                context.Today, row.IsDBNull(7) ? null : row.GetGuid(7), userId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(context.Now.AddDays(-windowDays)), RawSql.Value(minOperations),
            RawSql.Value(minRate), RawSql.Value(peerMultiple));
    }
}
