using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

public sealed class GetAnomalyStatisticsQueryHandler(IApplicationDbContext db) : IRequestHandler<GetAnomalyStatisticsQuery, AnomalyStatisticsDto>
{
    /// <summary>The trend's length: a year of weeks is what a chart shows legibly.</summary>
    public const int MaxWeeks = 52;

    public async Task<AnomalyStatisticsDto> Handle(GetAnomalyStatisticsQuery q, CancellationToken cancellationToken)
    {
        var selected = db.Anomalies.Filtered(q);
        var byRule = await selected.GroupBy(a => new { a.Rule, a.Status })
            .Select(g => new { g.Key.Rule, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        // Counted per day in the database (a few rows per day), folded into weeks here.
        var byDay = await selected.GroupBy(a => new { a.OccurredOn, a.Severity })
            .Select(g => new { g.Key.OccurredOn, g.Key.Severity, Count = g.Count() }).ToListAsync(cancellationToken);

        var rules = AnomalyRule.All.Select(rule =>
        {
            int Count(AnomalyStatus status) => byRule.Where(r => r.Rule == rule.Code && r.Status == status).Sum(r => r.Count);
            var (open, acknowledged, explained, dismissed) =
                (Count(AnomalyStatus.Open), Count(AnomalyStatus.Acknowledged), Count(AnomalyStatus.Explained), Count(AnomalyStatus.Dismissed));
            return new AnomalyRuleStatisticsDto(rule.Code, open, acknowledged, explained, dismissed, open + acknowledged + explained + dismissed);
        }).ToList();

        var weeks = byDay.GroupBy(d => WeekStart(d.OccurredOn)).ToDictionary(w => w.Key, w => (
            High: w.Where(d => d.Severity == AnomalySeverity.High).Sum(d => d.Count),
            Medium: w.Where(d => d.Severity == AnomalySeverity.Medium).Sum(d => d.Count),
            Low: w.Where(d => d.Severity == AnomalySeverity.Low).Sum(d => d.Count)));
        var trend = new List<AnomalyWeekDto>();
        if (weeks.Count > 0)
        {
            var last = weeks.Keys.Max();
            var first = new[] { weeks.Keys.Min(), last.AddDays(-7 * (MaxWeeks - 1)) }.Max();
            for (var week = first; week <= last; week = week.AddDays(7))
            {
                var (high, medium, low) = weeks.GetValueOrDefault(week);
                trend.Add(new AnomalyWeekDto(week, high, medium, low, high + medium + low));
            }
        }
        return new AnomalyStatisticsDto(rules, trend);
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
