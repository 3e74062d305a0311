using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>near_duplicate</c>: two operations of the same kind on the same account or loan, for the same amount through the
/// same channel, recorded within <c>windowMinutes</c> of each other over the last <c>recentDays</c> — two requests (an
/// Idempotency-Key replay is one operation, so never shows here), the second perhaps a mistake. Neither reversed (a
/// reversed one was already corrected). One finding per second operation; its magnitude is the amount.
/// </summary>
internal sealed class NearDuplicateRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.NearDuplicate;

    private const string Sql = """
        WITH recent AS (
            SELECT m.id, m.type, m.amount, m.channel, coalesce(m.account_id, m.loan_id) AS target, m.client_id, m.branch_id,
                   m.created_by, m.created_at, m.value_date,
                   lag(m.id) OVER w AS previous_id, lag(m.created_at) OVER w AS previous_at
            FROM movements m
            WHERE m.institution_id = $1 AND m.created_at >= $2 AND m.reversed_at IS NULL
              AND m.source IN ('AccountTransaction', 'LoanRepayment') AND m.type IN ('Deposit', 'Withdrawal', 'TransferOut', 'LoanRepayment')
            WINDOW w AS (PARTITION BY coalesce(m.account_id, m.loan_id), m.type, m.amount, m.channel ORDER BY m.created_at, m.id)
        )
        SELECT r.id, r.previous_id, r.type, r.amount, r.channel, r.target, coalesce(a.number, l.number), r.client_id, r.branch_id,
               r.created_by, r.created_at, r.previous_at, r.value_date, a.id IS NOT NULL
        FROM recent r
        LEFT JOIN deposit_accounts a ON a.id = r.target
        LEFT JOIN loans l ON l.id = r.target
        WHERE r.previous_at IS NOT NULL AND r.created_at - r.previous_at <= $3
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromMinutes((double)context.Parameter("windowMinutes"));
        return await db.ListAsync(Sql, row =>
        {
            var (id, previousId, type, amount) = (row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetDecimal(3));
            var (target, targetNumber, isAccount) = (row.GetGuid(5), row.GetString(6), row.GetBoolean(13));
            var (at, previousAt) = (row.GetFieldValue<DateTimeOffset>(10), row.GetFieldValue<DateTimeOffset>(11));
            var movement = isAccount ? "AccountTransaction" : "LoanRepayment";
            return new AnomalyEvidence(Rule, id.ToString(), AnomalySeverity.Medium, amount,
                AnomalyFigures.Of(("type", type), ("amount", amount), ("channel", row.IsDBNull(4) ? "" : row.GetString(4)),
                    ("secondsApart", (int)(at - previousAt).TotalSeconds), ("firstRecordedAt", previousAt), ("secondRecordedAt", at),
                    ("windowMinutes", context.Parameter("windowMinutes"))),
                [new AnomalySubject(isAccount ? "DepositAccount" : "Loan", target, targetNumber), new AnomalySubject(movement, previousId),
                    new AnomalySubject(movement, id), new AnomalySubject("Client", row.GetGuid(7))],
                row.GetFieldValue<DateOnly>(12), row.GetGuid(8), row.IsDBNull(9) ? null : row.GetGuid(9), row.GetGuid(7));
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(context.Now.AddDays(-context.Whole("recentDays"))), RawSql.Value(window));
    }
}
