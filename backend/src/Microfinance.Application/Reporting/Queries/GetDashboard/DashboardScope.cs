using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>The days and instants a dashboard counts from, in the institution's time zone, and whose figures they are.</summary>
public sealed record DashboardScope(Institution Institution, DateOnly Today, Guid UserId, Guid? BranchId)
{
    public DateTimeOffset TodayStarts => Institution.StartOf(Today);
    public DateOnly MonthStart => new(Today.Year, Today.Month, 1);
    public DateTimeOffset MonthStarts => Institution.StartOf(MonthStart);
    /// <summary>The first of the twelve months the charts show (this one and the eleven before it).</summary>
    public DateOnly FirstMonth => MonthStart.AddMonths(-11);

    public IEnumerable<DateOnly> Months => Enumerable.Range(0, 12).Select(FirstMonth.AddMonths);

    public static string MonthLabel(DateOnly month) => $"{month.Year:0000}-{month.Month:00}";
    public static string MonthLabel(int year, int month) => $"{year:0000}-{month:00}";
}
