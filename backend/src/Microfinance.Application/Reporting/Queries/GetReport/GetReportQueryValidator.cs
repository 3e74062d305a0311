namespace Microfinance.Application.Reporting.Queries.GetReport;

/// <summary>Paging here; the filters against the report in <see cref="ReportCatalogue.Find"/>, which knows the report.</summary>
public sealed class GetReportQueryValidator : AbstractValidator<GetReportQuery>
{
    public GetReportQueryValidator() => this.AddPagingRules();
}
