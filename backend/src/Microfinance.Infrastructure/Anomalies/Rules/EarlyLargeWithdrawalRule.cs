using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>early_large_withdrawal</c>: at least <c>minAmount</c> taken out of an account (a withdrawal, or a transfer to
/// another account: the money leaves just the same) within <c>openedWithinDays</c> calendar days of its activation, over
/// the last <c>recentDays</c>; not reversed. A new account through which money passes at once is how a borrowed identity
/// or a mule account is used. One finding per withdrawal; magnitude its amount. High when it leaves less than a tenth of
/// the amount on the account: the money came in only to go out.
/// </summary>
internal sealed class EarlyLargeWithdrawalRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.EarlyLargeWithdrawal;

    private const string Sql = """
        SELECT t.id, t.type, t.amount, t.balance_after, t.account_id, a.number, t.client_id, t.branch_id, t.created_by, t.value_date,
               a.activated_at, (t.created_at AT TIME ZONE $2)::date - (a.activated_at AT TIME ZONE $2)::date AS days_after
        FROM account_transactions t
        JOIN deposit_accounts a ON a.id = t.account_id
        WHERE t.institution_id = $1 AND t.created_at >= $3 AND t.type IN ('Withdrawal', 'TransferOut') AND t.reversed_at IS NULL
          AND t.amount >= $4 AND a.activated_at IS NOT NULL
          AND (t.created_at AT TIME ZONE $2)::date - (a.activated_at AT TIME ZONE $2)::date <= $5
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var minAmount = context.Parameter("minAmount");
        var withinDays = context.Whole("openedWithinDays");
        return await db.ListAsync(Sql, row =>
        {
            var (id, type, amount, balanceAfter) = (row.GetGuid(0), row.GetString(1), row.GetDecimal(2), row.GetDecimal(3));
            var (accountId, number, clientId) = (row.GetGuid(4), row.GetString(5), row.GetGuid(6));
            return new AnomalyEvidence(Rule, id.ToString(), balanceAfter < amount / 10 ? AnomalySeverity.High : AnomalySeverity.Medium, amount,
                AnomalyFigures.Of(("type", type), ("amount", amount), ("balanceAfter", balanceAfter), ("activatedAt", row.GetFieldValue<DateTimeOffset>(10)),
                    ("daysAfterOpening", row.GetInt32(11)), ("minAmount", minAmount), ("openedWithinDays", withinDays)),
                [new AnomalySubject("AccountTransaction", id), new AnomalySubject("DepositAccount", accountId, number), new AnomalySubject("Client", clientId)],
                row.GetFieldValue<DateOnly>(9), row.GetGuid(7), row.IsDBNull(8) ? null : row.GetGuid(8), clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Text(context.TimeZone), RawSql.Value(context.Now.AddDays(-context.Whole("recentDays"))),
            RawSql.Value(minAmount), RawSql.Value(withinDays));
    }
}
