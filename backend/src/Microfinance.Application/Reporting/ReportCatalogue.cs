using FluentValidation.Results;

namespace Microfinance.Application.Reporting;

/// <summary>
/// The reports the API serves, by name (scoped: a report queries through the request's tenant-filtered context), and
/// those the caller's role reads (<see cref="Report.ReadBy"/>).
/// </summary>
public sealed class ReportCatalogue(IEnumerable<Report> reports, ICurrentUser user)
{
    public IReadOnlyList<Report> All { get; } = reports.OrderBy(r => r.Title, StringComparer.Ordinal).ToList();

    /// <summary>The reports the caller's role reads: what the catalogue lists and the history shows.</summary>
    public IEnumerable<Report> Readable => All.Where(Reads);

    /// <summary>The names of the reports the caller's role does not read, whose runs the history leaves out.</summary>
    public IReadOnlyList<string> Unreadable => All.Where(r => !Reads(r)).Select(r => r.Name).ToList();

    private bool Reads(Report report) => report.ReadBy is not { } roles || (user.Role is { } role && roles.Contains(role));

    /// <summary>A 403 unless the caller's role reads the report named so (a run's report; a name the catalogue does not know is no report's).</summary>
    public void EnsureReadable(string name)
    {
        if (Unreadable.Contains(name)) throw new ForbiddenAccessException("Your role does not read this report.");
    }

    /// <summary>
    /// The report, once the caller's role is checked (a 403) and its filters are checked against it: a filter it does not take, a status it does not know or a
    /// period the wrong way round is a 400 naming what it takes — never a filter silently ignored.
    /// </summary>
    public Report Find(string name, ReportFilters filters)
    {
        var report = All.FirstOrDefault(r => r.Name == name) ?? throw new NotFoundException("Report", name);
        EnsureReadable(name);
        var failures = filters.Given().Keys.Where(f => !report.Filters.Contains(f))
            .Select(f => new ValidationFailure(f, Localizer.Format("The report '{0}' has no filter '{1}'; its filters: {2}.",
                [report.Name, f, report.Filters.Count == 0 ? "-" : string.Join(", ", report.Filters)])))
            .ToList();
        if (filters.Status is { } status && report.Statuses.Count > 0 && !report.Statuses.Contains(status))
            failures.Add(new ValidationFailure(ReportFilters.StatusName, Localizer.Format("'{0}' is not one of: {1}.", [status, string.Join(", ", report.Statuses)])));
        if (filters.Horizon is { } horizon && !ReportFilters.Horizons.Contains(horizon))
            failures.Add(new ValidationFailure(ReportFilters.HorizonName, Localizer.Format("'{0}' is not one of: {1}.", [horizon, string.Join(", ", ReportFilters.Horizons)])));
        if (filters is { From: { } from, To: { } to } && to < from)
            failures.Add(new ValidationFailure(ReportFilters.ToName, Localizer.Format("The end of the period comes before its start.", [])));
        return failures.Count == 0 ? report : throw new ValidationException(failures);
    }
}
