namespace Microfinance.Application.Reporting;

/// <summary>
/// Every filter a report may take. A report lists the ones it applies (<see cref="Report.Filters"/>); giving it another
/// is a 400, never silently ignored. <paramref name="From"/> and <paramref name="To"/> are days, inclusive;
/// <paramref name="Horizon"/> a number of days ahead, one of <see cref="Horizons"/>.
/// </summary>
public sealed record ReportFilters(
    DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null, Guid? BranchId = null, Guid? AgentId = null,
    Guid? ProductId = null, string? Status = null, Guid? CategoryId = null, int? Horizon = null)
{
    public const string FromName = "from", ToName = "to", AsOfName = "asOf", BranchIdName = "branchId", AgentIdName = "agentId",
        ProductIdName = "productId", StatusName = "status", CategoryIdName = "categoryId", HorizonName = "horizon";

    /// <summary>The horizons a forecast looks ahead, in days.</summary>
    public static readonly IReadOnlyList<int> Horizons = [30, 60, 90];

    /// <summary>The filters given, by name, as written in a query string: what a run records and a history replays.</summary>
    public IReadOnlyDictionary<string, string> Given()
    {
        var given = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null) given[name] = value is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value.ToString()!;
        }
        Add(FromName, From);
        Add(ToName, To);
        Add(AsOfName, AsOf);
        Add(BranchIdName, BranchId);
        Add(AgentIdName, AgentId);
        Add(ProductIdName, ProductId);
        Add(StatusName, Status);
        Add(CategoryIdName, CategoryId);
        Add(HorizonName, Horizon);
        return given;
    }
}
