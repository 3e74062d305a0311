using Microfinance.Application.Anomalies;
using Microfinance.Domain.Anomalies;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Anomalies.Rules;

/// <summary>
/// <c>unresolved_payment</c>: mobile money that arrived and waits for a supervisor longer than <c>olderThanDays</c> — a
/// payment flagged (what the provider confirmed did not match, or its posting was refused) and neither posted nor
/// refunded since, or an orphan (money no intent was waiting for) still open. The payer has paid; until someone decides,
/// the money sits in the provider's clearing account and the client's account or loan does not show it. One finding per
/// payment or orphan; its magnitude is the amount that arrived. High from <c>highSeverityDays</c> days unresolved.
/// </summary>
internal sealed class UnresolvedPaymentRule(AppDbContext db) : IAnomalyRuleDetector
{
    public string Rule => AnomalyRule.UnresolvedPayment;

    // A flagged intent's settled_at is when it was flagged (PaymentIntent.Flag); resolving it moves it to Succeeded or Refunded.
    private const string Sql = """
        SELECT 'PaymentIntent' AS kind, p.id, p.provider_reference, coalesce(p.received_amount, p.amount) AS amount, p.currency,
               p.settled_at AS since, p.flag_reason AS reason, p.purpose, p.client_id, p.branch_id, p.created_by, pr.code
        FROM payment_intents p
        JOIN payment_providers pr ON pr.id = p.provider_id
        WHERE p.institution_id = $1 AND p.status = 'Flagged' AND p.settled_at <= $2
        UNION ALL
        SELECT 'OrphanPayment', o.id, o.provider_transaction_id, o.amount, o.currency,
               o.received_at, o.reason, NULL, NULL, NULL, NULL, pr.code
        FROM orphan_payments o
        JOIN payment_providers pr ON pr.id = o.provider_id
        WHERE o.institution_id = $1 AND o.status = 'Open' AND o.received_at <= $2
        """;

    public async Task<IReadOnlyList<AnomalyEvidence>> DetectAsync(AnomalyDetectionContext context, CancellationToken cancellationToken)
    {
        var (olderThan, highFrom) = (context.Whole("olderThanDays"), context.Whole("highSeverityDays"));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(context.TimeZone);
        return await db.ListAsync(Sql, row =>
        {
            var (kind, id, amount) = (row.GetString(0), row.GetGuid(1), row.GetDecimal(3));
            var since = row.GetFieldValue<DateTimeOffset>(5);
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(since, zone).DateTime);
            var days = context.Today.DayNumber - day.DayNumber;
            var isIntent = kind == "PaymentIntent";
            Guid? clientId = isIntent ? row.GetGuid(8) : null;
            return new AnomalyEvidence(Rule, id.ToString(), days >= highFrom ? AnomalySeverity.High : AnomalySeverity.Medium, amount,
                AnomalyFigures.Of(("kind", kind), ("amount", amount), ("currency", row.GetString(4)), ("provider", row.GetString(11)),
                    ("reference", row.IsDBNull(2) ? "" : row.GetString(2)), ("reason", row.GetString(6)), ("purpose", isIntent ? row.GetString(7) : ""),
                    ("unresolvedSince", since), ("daysUnresolved", days), ("olderThanDays", olderThan)),
                isIntent ? [new AnomalySubject(kind, id), new AnomalySubject("Client", clientId!.Value)] : [new AnomalySubject(kind, id)],
                day, isIntent && !row.IsDBNull(9) ? row.GetGuid(9) : null, isIntent ? row.GetGuid(10) : null, clientId);
        }, cancellationToken, RawSql.Value(context.InstitutionId), RawSql.Value(context.Now.AddDays(-olderThan)));
    }
}
