using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>unusual_amount</c>: a deposit, withdrawal or loan repayment of the last <c>recentDays</c>, of at least <c>minAmount</c>,
/// far above what the client usually moves that way: its modified z-score 0.6745·(x − median)/MAD (Iglewicz–Hoaglin) over
/// the client's operations of the same kind in the <c>historyDays</c> before the recent window reaches <c>robustZScore</c>,
/// when that history holds at least <c>minHistoryOperations</c>. Median and MAD, not mean and standard deviation: one
/// past outlier moves neither. MAD = 0 (most of the history one amount): the mean absolute deviation ×1.2533 stands in;
/// and the spread is never taken below <c>minSpreadPercentOfMedian</c> % of the median, so a client who always deposits
/// the same sum is not flagged for a few francs more. One finding per operation; magnitude its amount (it never changes:
/// a dismissed one stays dismissed). High from twice the threshold.
/// </summary>
internal sealed class UnusualAmountRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.UnusualAmount;

    // The recent window is compared with the history before it, so a burst of large operations cannot become its own norm.
    private const string Sql = """
        WITH candidates AS (
            SELECT m.id, m.source, m.type, m.amount, m.client_id, m.branch_id, m.account_id, m.loan_id, m.created_by, m.value_date
            FROM movements m
            WHERE m.institution_id = $1 AND m.created_at >= $3 AND m.reversed_at IS NULL AND m.amount >= $4
              AND m.source IN ('AccountTransaction', 'LoanRepayment') AND m.type IN ('Deposit', 'Withdrawal', 'LoanRepayment')
        ),
        history AS (
            SELECT m.client_id, m.type, m.amount::float8 AS amount
            FROM movements m
            WHERE m.institution_id = $1 AND m.created_at >= $2 AND m.created_at < $3 AND m.reversed_at IS NULL
              AND m.source IN ('AccountTransaction', 'LoanRepayment') AND m.type IN ('Deposit', 'Withdrawal', 'LoanRepayment')
              AND (m.client_id, m.type) IN (SELECT client_id, type FROM candidates)
        ),
        medians AS (
            SELECT client_id, type, count(*) AS operations, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median
            FROM history GROUP BY client_id, type HAVING count(*) >= $6
        ),
        spreads AS (
            SELECT m.client_id, m.type, m.operations, m.median,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(h.amount - m.median)) AS mad, avg(abs(h.amount - m.median)) AS mean_ad
            FROM history h JOIN medians m ON m.client_id = h.client_id AND m.type = h.type
            GROUP BY m.client_id, m.type, m.operations, m.median
        ),
        scored AS (
            SELECT c.*, s.operations, s.median, s.mad,
                   (c.amount::float8 - s.median) / nullif(greatest(CASE WHEN s.mad > 0 THEN s.mad / 0.6745 ELSE 1.253314 * s.mean_ad END,
                                                                   s.median * $7 / 100), 0) AS z
            FROM candidates c JOIN spreads s ON s.client_id = c.client_id AND s.type = c.type
        )
        SELECT s.id, s.source, s.type, s.amount, s.client_id, s.branch_id, s.created_by, s.value_date, coalesce(s.account_id, s.loan_id),
               coalesce(a.number, l.number), s.operations, round(s.median::numeric, 2), round(s.mad::numeric, 2), round(s.z::numeric, 2)
        FROM scored s
        LEFT JOIN deposit_accounts a ON a.id = s.account_id
        LEFT JOIN loans l ON l.id = s.loan_id
        WHERE s.z >= $5
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var threshold = context.Parameter("robustZScore");
        var recentStart = context.Now.AddDays(-context.Whole("recentDays"));
        return await db.ListAsync(Sql, row =>
        {
            var (id, source, type, amount, clientId) = (row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetGuid(4));
            var (target, targetNumber, z) = (row.GetGuid(8), row.GetString(9), row.GetDecimal(13));
            var isAccount = source == "AccountTransaction";
            return new AnomalyEvidence(Rule, id.ToString(), z >= 2 * threshold ? AnomalySeverity.High : AnomalySeverity.Medium, amount,
                AnomalyFigures.Of(("type", type), ("amount", amount), ("median", row.GetDecimal(11)), ("mad", row.GetDecimal(12)), ("zScore", z),
                    ("historyOperations", row.GetInt64(10)), ("robustZScore", threshold)),
                [new AnomalySubject(source, id), new AnomalySubject(isAccount ? "DepositAccount" : "Loan", target, targetNumber),
                    new AnomalySubject("Client", clientId)],
                row.GetFieldValue<DateOnly>(7), row.GetGuid(5), row.IsDBNull(6) ? null : row.GetGuid(6), clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(recentStart.AddDays(-context.Whole("historyDays"))),
            RawSql.Value(recentStart), RawSql.Value(context.Parameter("minAmount")), RawSql.Value((double)threshold),
            RawSql.Value((long)context.Whole("minHistoryOperations")), RawSql.Value((double)context.Parameter("minSpreadPercentOfMedian")));
    }
}
