using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>late_repayment</c>: an active loan whose oldest unpaid installment fell due at least <c>minDaysLate</c> days ago.
/// One finding per loan. Amount at risk: the loan's outstanding principal (as PAR counts it). It grows worse when another
/// installment falls due unpaid (the magnitude counts them), not with each day or each penalty: a dismissed late loan
/// would otherwise open again every morning. High from <c>highSeverityDaysLate</c>.
/// </summary>
internal sealed class LateRepaymentRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.LateRepayment;

    private const string Sql = """
        SELECT l.id, l.number, l.client_id, l.branch_id, l.created_by,
               min(i.due_date) FILTER (WHERE i.principal_paid + i.interest_paid + i.fees_paid + i.penalties_paid
                                             < i.principal_due + i.interest_due + i.fees_due + i.penalties_due) AS oldest_unpaid,
               count(*) FILTER (WHERE i.due_date <= $2 AND i.principal_paid + i.interest_paid + i.fees_paid + i.penalties_paid
                                      < i.principal_due + i.interest_due + i.fees_due + i.penalties_due) AS installments_late,
               coalesce(sum(i.principal_due + i.interest_due + i.fees_due + i.penalties_due
                            - i.principal_paid - i.interest_paid - i.fees_paid - i.penalties_paid) FILTER (WHERE i.due_date <= $2), 0) AS overdue,
               sum(i.principal_due - i.principal_paid) AS outstanding_principal
        FROM loans l
        JOIN loan_installments i ON i.loan_id = l.id
        WHERE l.institution_id = $1 AND l.status = 'Active'
        GROUP BY l.id
        HAVING min(i.due_date) FILTER (WHERE i.principal_paid + i.interest_paid + i.fees_paid + i.penalties_paid
                                             < i.principal_due + i.interest_due + i.fees_due + i.penalties_due) <= $3
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var minDaysLate = context.Whole("minDaysLate");
        var highFrom = context.Whole("highSeverityDaysLate");
        return await db.ListAsync(Sql, row =>
        {
            var (loanId, number, clientId, branchId, agentId) = (row.GetGuid(0), row.GetString(1), row.GetGuid(2), row.GetGuid(3), row.GetGuid(4));
            var oldestUnpaid = row.GetFieldValue<DateOnly>(5);
            var late = row.GetInt64(6);
            var daysLate = context.Today.DayNumber - oldestUnpaid.DayNumber;
            return new AnomalyEvidence(Rule, loanId.ToString(), daysLate >= highFrom ? AnomalySeverity.High : AnomalySeverity.Medium, late,
                AnomalyFigures.Of(("daysLate", daysLate), ("oldestUnpaidDueDate", oldestUnpaid), ("installmentsLate", late),
                    ("overdueAmount", row.GetDecimal(7)), ("amountAtRisk", row.GetDecimal(8)), ("minDaysLate", minDaysLate)),
                [new AnomalySubject("Loan", loanId, number), new AnomalySubject("Client", clientId)],
                oldestUnpaid, branchId, agentId, clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(context.Today), RawSql.Value(context.Today.AddDays(-minDaysLate)));
    }
}
