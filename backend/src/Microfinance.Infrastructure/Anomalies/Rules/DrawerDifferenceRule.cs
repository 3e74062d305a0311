using System.Globalization;
using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>drawer_difference</c>: one holder's cash drawers closed with a difference of at least <c>minDifference</c> (either
/// way), <c>minSessions</c> times within <c>windowDays</c> — one difference is a miscount, a habit is a question. The
/// holder's differences chain into a run while each comes within <c>windowDays</c> of the previous one; a run is found
/// once (key: holder and the run's first session, so the sliding window never reports the same run twice) and grows as
/// differences join it (the magnitude counts them). High when the net shortfall reaches <c>highSeverityShortfall</c>.
/// </summary>
internal sealed class DrawerDifferenceRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.DrawerDifference;

    // The sessions table holds one row per holder and working day: read whole, through (institution_id, status).
    private const string Sql = """
        WITH differences AS (
            SELECT s.id, s.user_id, s.branch_id, s.business_date, s.difference,
                   lag(s.business_date) OVER w AS previous_date,
                   lead(s.business_date, $4 - 1) OVER w AS nth_date
            FROM cash_drawer_sessions s
            WHERE s.institution_id = $1 AND s.status IN ('Closed', 'Validated') AND abs(s.difference) >= $2
            WINDOW w AS (PARTITION BY s.user_id ORDER BY s.business_date, s.id)
        ), runs AS (
            SELECT d.*, count(*) FILTER (WHERE d.previous_date IS NULL OR d.business_date - d.previous_date > $3)
                            OVER (PARTITION BY d.user_id ORDER BY d.business_date, d.id) AS run
            FROM differences d
        )
        SELECT r.user_id, u.display_name, (array_agg(r.id ORDER BY r.business_date, r.id))[1] AS first_session,
               count(*) AS sessions,
               coalesce(-sum(r.difference) FILTER (WHERE r.difference < 0), 0) AS shortfall,
               coalesce(sum(r.difference) FILTER (WHERE r.difference > 0), 0) AS surplus,
               (array_agg(r.difference ORDER BY abs(r.difference) DESC, r.business_date))[1] AS largest,
               min(r.business_date) AS first_date, max(r.business_date) AS last_date,
               (array_agg(r.branch_id ORDER BY r.business_date DESC, r.id DESC))[1] AS branch_id,
               array_agg(r.id ORDER BY r.business_date, r.id) AS session_ids,
               array_agg(r.business_date ORDER BY r.business_date, r.id) AS session_dates
        FROM runs r
        JOIN users u ON u.id = r.user_id
        GROUP BY r.user_id, u.display_name, r.run
        HAVING bool_or(r.nth_date - r.business_date <= $3)
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var (minDifference, minSessions, windowDays) = (context.Parameter("minDifference"), context.Whole("minSessions"), context.Whole("windowDays"));
        var highFrom = context.Parameter("highSeverityShortfall");
        return await db.ListAsync(Sql, row =>
        {
            var (userId, firstSession, sessions) = (row.GetGuid(0), row.GetGuid(2), row.GetInt64(3));
            var (shortfall, surplus, largest) = (row.GetDecimal(4), row.GetDecimal(5), row.GetDecimal(6));
            var (firstDate, lastDate) = (row.GetFieldValue<DateOnly>(7), row.GetFieldValue<DateOnly>(8));
            var ids = row.GetFieldValue<Guid[]>(10);
            var dates = row.GetFieldValue<DateOnly[]>(11);
            var netShortfall = shortfall - surplus;
            return new AnomalyEvidence(Rule, $"{userId}:{firstSession}", netShortfall >= highFrom ? AnomalySeverity.High : AnomalySeverity.Medium,
                sessions,
                AnomalyFigures.Of(("sessions", sessions), ("totalShortfall", shortfall), ("totalSurplus", surplus), ("netShortfall", netShortfall),
                    ("largestDifference", largest), ("firstSessionOn", firstDate), ("lastSessionOn", lastDate),
                    ("minDifference", minDifference), ("minSessions", minSessions), ("windowDays", windowDays)),
                [new AnomalySubject("User", userId, row.GetString(1)),
                    .. ids.Zip(dates, (id, day) => new AnomalySubject("CashDrawerSession", id, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))],
                lastDate, row.IsDBNull(9) ? null : row.GetGuid(9), userId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(minDifference), RawSql.Value(windowDays), RawSql.Value(minSessions));
    }
}
