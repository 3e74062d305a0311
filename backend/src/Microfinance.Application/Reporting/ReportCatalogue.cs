using FluentValidation.Results;

namespace Microfinance.Application.Reporting;

/// <summary>The reports the API serves, by name (scoped: a report queries through the request's tenant-filtered context).</summary>
public sealed class ReportCatalogue(IEnumerable<Report> reports)
{
    public IReadOnlyList<Report> All { get; } = reports.OrderBy(r => r.Title, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The report, once its filters are checked against it: a filter it does not take, a status it does not know or a
    /// period the wrong way round is a 400 naming what it takes — never a filter silently ignored.
    /// </summary>
    public Report Find(string name, ReportFilters filters)
    {
        var report = All.FirstOrDefault(r => r.Name == name) ?? throw new NotFoundException("Report", name);
        var failures = filters.Given().Keys.Where(f => !report.Filters.Contains(f))
            .Select(f => new ValidationFailure(f, Localizer.Format("The report '{0}' has no filter '{1}'; its filters: {2}.",
                [report.Name, f, report.Filters.Count == 0 ? "-" : string.Join(", ", report.Filters)])))
            .ToList();
        if (filters.Status is { } status && report.Statuses.Count > 0 && !report.Statuses.Contains(status))
            failures.Add(new ValidationFailure(ReportFilters.StatusName, Localizer.Format("'{0}' is not one of: {1}.", [status, string.Join(", ", report.Statuses)])));
        if (filters is { From: { } from, To: { } to } && to < from)
            failures.Add(new ValidationFailure(ReportFilters.ToName, Localizer.Format("The end of the period comes before its start.", [])));
        return failures.Count == 0 ? report : throw new ValidationException(failures);
    }
}
