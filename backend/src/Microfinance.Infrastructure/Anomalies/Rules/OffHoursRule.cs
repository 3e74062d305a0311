using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>off_hours</c>: an operation a staff member recorded over the last <c>recentDays</c> on a non-working day (Saturday
/// unless <c>saturdayIsWorkingDay</c>, Sunday unless <c>sundayIsWorkingDay</c>) or outside <c>openingHour</c>–<c>closingHour</c>
/// on the institution's clock (a closing hour before the opening one is a night shift), or back-dated: its value date more
/// than <c>backdatingToleranceDays</c> before the day it was recorded. Counted: deposits, withdrawals, transfers (once),
/// reversals, disbursements to an account and loan repayments; not what no person recorded (interest, the system actor).
/// One finding per operation and reason (<c>NonWorkingDay</c> or else <c>OutsideHours</c>; <c>BackDated</c>); magnitude the
/// amount. A back-dating into an earlier month than the recording day is High: a month already reported changes.
/// </summary>
internal sealed class OffHoursRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.OffHours;

    // One row per journal entry: a transfer (and its reversal) is one operation carried by two movements.
    private const string Sql = """
        WITH recent AS (
            SELECT DISTINCT ON (m.journal_entry_id) m.id, m.source, m.type, m.amount, coalesce(m.account_id, m.loan_id) AS target,
                   m.client_id, m.branch_id, m.created_by, m.created_at, m.value_date, m.created_at AT TIME ZONE $2 AS local
            FROM movements m
            WHERE m.institution_id = $1 AND m.created_at >= $3 AND m.source IN ('AccountTransaction', 'LoanRepayment')
              AND m.type NOT IN ('Interest', 'TransferIn') AND m.created_by IS NOT NULL AND m.created_by <> '00000000-0000-0000-0000-000000000000'
            ORDER BY m.journal_entry_id, m.is_credit, m.id
        ),
        timed AS (
            SELECT r.*, extract(isodow FROM r.local) AS weekday, extract(hour FROM r.local) * 60 + extract(minute FROM r.local) AS minute,
                   r.local::date AS recorded_on
            FROM recent r
        )
        SELECT t.id, t.source, t.type, t.amount, t.target, coalesce(a.number, l.number), t.client_id, t.branch_id, t.created_by,
               t.created_at, t.local, t.recorded_on, t.value_date, reason.code
        FROM timed t
        CROSS JOIN LATERAL (VALUES
            (CASE WHEN (t.weekday = 6 AND $4 = 0) OR (t.weekday = 7 AND $5 = 0) THEN 'NonWorkingDay'
                  WHEN CASE WHEN $6 <= $7 THEN t.minute < $6 * 60 OR t.minute >= $7 * 60
                            ELSE t.minute >= $7 * 60 AND t.minute < $6 * 60 END THEN 'OutsideHours' END),
            (CASE WHEN t.value_date < t.recorded_on - $8 THEN 'BackDated' END)) AS reason(code)
        LEFT JOIN deposit_accounts a ON a.id = t.target
        LEFT JOIN loans l ON l.id = t.target
        WHERE reason.code IS NOT NULL
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var (opening, closing) = (context.Parameter("openingHour"), context.Parameter("closingHour"));
        var tolerance = context.Whole("backdatingToleranceDays");
        return await db.ListAsync(Sql, row =>
        {
            var (id, source, type, amount, target, targetNumber) = (row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetDecimal(3), row.GetGuid(4), row.GetString(5));
            var (clientId, local, recordedOn, valueDate, reason) = (row.GetGuid(6), row.GetDateTime(10), row.GetFieldValue<DateOnly>(11), row.GetFieldValue<DateOnly>(12), row.GetString(13));
            var backDated = reason == "BackDated";
            var intoEarlierMonth = backDated && (valueDate.Year, valueDate.Month) != (recordedOn.Year, recordedOn.Month);
            return new AnomalyEvidence(Rule, $"{id}:{reason}", intoEarlierMonth ? AnomalySeverity.High : AnomalySeverity.Medium, amount,
                AnomalyFigures.Of(("reason", reason), ("type", type), ("amount", amount), ("recordedAt", row.GetFieldValue<DateTimeOffset>(9)),
                    ("recordedOn", recordedOn), ("localTime", local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                    ("valueDate", valueDate), ("daysBackdated", recordedOn.DayNumber - valueDate.DayNumber),
                    ("openingHour", opening), ("closingHour", closing), ("backdatingToleranceDays", tolerance)),
                [new AnomalySubject(source, id), new AnomalySubject(source == "AccountTransaction" ? "DepositAccount" : "Loan", target, targetNumber),
                    new AnomalySubject("Client", clientId)],
                recordedOn, row.GetGuid(7), row.GetGuid(8), clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Text(context.TimeZone), RawSql.Value(context.Now.AddDays(-context.Whole("recentDays"))),
            RawSql.Value(context.Whole("saturdayIsWorkingDay")), RawSql.Value(context.Whole("sundayIsWorkingDay")), RawSql.Value(opening), RawSql.Value(closing),
            RawSql.Value(tolerance));
    }
}
