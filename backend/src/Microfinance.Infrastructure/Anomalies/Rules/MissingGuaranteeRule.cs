using System.Data.Common;
using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>missing_guarantee</c>: a loan disbursed in the last <c>recentDays</c> that the loan workflow should have stopped
/// but went through (its product changed since, an override, an import): a principal above its product's
/// <c>guarantee_required_above</c> with no guarantee written, or above <c>maxSavingsMultiple</c> × the client's savings
/// when it was disbursed (0 turns this half off). The savings are the balances of the client's savings accounts (the
/// domain's "K × savings balance", as LoanEligibility reads it) just before the disbursement was posted, read back from
/// each account's last movement before it. One finding per loan and reason; its magnitude is the uncovered amount. High
/// when the principal is at least twice what was allowed (a client without savings, a loan twice the threshold).
/// </summary>
internal sealed class MissingGuaranteeRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.MissingGuarantee;

    private const string Sql = """
        WITH recent AS (
            SELECT l.id, l.number, l.client_id, l.branch_id, coalesce(l.decided_by, l.created_by) AS agent_id, l.principal,
                   l.disbursement_date, l.disbursement_entry_id, e.posted_at, p.code AS product,
                   CASE WHEN l.principal > p.guarantee_required_above AND coalesce(btrim(l.guarantee), '') = '' THEN p.guarantee_required_above END AS guarantee_above
            FROM loans l
            JOIN loan_products p ON p.id = l.product_id
            JOIN journal_entries e ON e.id = l.disbursement_entry_id
            WHERE l.institution_id = $1 AND l.status IN ('Active', 'Repaid', 'WrittenOff') AND l.disbursement_date >= $2
        )
        SELECT r.id, r.number, r.client_id, r.branch_id, r.agent_id, r.principal, r.disbursement_date, r.product, r.guarantee_above,
               coalesce(s.savings, 0) AS savings, u.display_name
        FROM recent r
        JOIN users u ON u.id = r.agent_id
        LEFT JOIN LATERAL (
            SELECT sum(b.balance_after) AS savings
            FROM deposit_accounts a
            JOIN deposit_products dp ON dp.id = a.product_id AND dp.kind = 'Savings'
            CROSS JOIN LATERAL (
                SELECT t.balance_after FROM account_transactions t
                WHERE t.account_id = a.id AND t.created_at < r.posted_at AND t.journal_entry_id <> r.disbursement_entry_id
                ORDER BY t.sequence DESC LIMIT 1) b
            WHERE a.client_id = r.client_id
        ) s ON TRUE
        WHERE r.guarantee_above IS NOT NULL OR ($3 > 0 AND r.principal > $3 * coalesce(s.savings, 0))
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var multiple = context.Parameter("maxSavingsMultiple");
        var loans = await db.ListAsync(Sql, row => Findings(row, multiple), cancellationToken,
            RawSql.Value(context.InstitutionId), RawSql.Value(context.Today.AddDays(-context.Whole("recentDays"))), RawSql.Value(multiple));
        return loans.SelectMany(f => f).ToList();
    }

    private IEnumerable<AnomalyEvidence> Findings(DbDataReader row, decimal multiple)
    {
        var (loanId, number, clientId, branchId, agentId) = (row.GetGuid(0), row.GetString(1), row.GetGuid(2), row.GetGuid(3), row.GetGuid(4));
        var (principal, disbursedOn, product, savings) = (row.GetDecimal(5), row.GetFieldValue<DateOnly>(6), row.GetString(7), row.GetDecimal(9));
        AnomalySubject[] subjects = [new("Loan", loanId, number), new("Client", clientId), new("User", agentId, row.GetString(10))];
        var found = new List<AnomalyEvidence>();
        if (!row.IsDBNull(8))
        {
            var threshold = row.GetDecimal(8);
            found.Add(Finding("guarantee", principal, threshold, AnomalyFigures.Of(("reason", "guarantee_missing"), ("principal", principal),
                ("guaranteeRequiredAbove", threshold), ("product", product), ("disbursementDate", disbursedOn))));
        }
        if (multiple > 0 && principal > multiple * savings)
            found.Add(Finding("savings", principal, multiple * savings, AnomalyFigures.Of(("reason", "above_savings_multiple"), ("principal", principal),
                ("savingsAtDisbursement", savings), ("maxSavingsMultiple", multiple), ("savingsLimit", multiple * savings), ("product", product),
                ("disbursementDate", disbursedOn))));
        return found;

        AnomalyEvidence Finding(string reason, decimal amount, decimal allowed, Dictionary<string, string> figures) =>
            new(Rule, $"{loanId}:{reason}", amount >= 2 * allowed ? AnomalySeverity.High : AnomalySeverity.Medium, amount - allowed, figures,
                subjects, disbursedOn, branchId, agentId, clientId);
    }
}
