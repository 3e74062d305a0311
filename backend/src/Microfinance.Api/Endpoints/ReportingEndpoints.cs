using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Reporting;
using Microfinance.Application.Reporting.Commands.ExportReport;
using Microfinance.Application.Reporting.Queries.GetDashboard;
using Microfinance.Application.Reporting.Queries.GetReport;
using Microfinance.Application.Reporting.Queries.GetReportRunFile;
using Microfinance.Application.Reporting.Queries.ListReportRuns;
using Microfinance.Application.Reporting.Queries.ListReports;
using Microfinance.Domain.Reporting;
using Microfinance.Domain.IdentityAccess;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Microfinance.Api.Endpoints;

public static class ReportingEndpoints
{
    /// <summary>The media types of an export's answer, for the OpenAPI document.</summary>
    internal static readonly string[] FileTypes = [.. ReportFormats.ContentTypes.Values];

    public static void MapReportingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDashboardQuery(), ct)))
            .WithTags("Reports")
            .WithSummary("The caller's landing figures: an agent's day, a supervisor's branch or the SfdAdmin's institution, an accountant's ledger, an auditor's watch list")
            .WithDescription("Exactly one of `agent`, `manager`, `accountant`, `auditor` is set, by the caller's role. Months run over the last twelve, this one last.")
            .AcceptsOnlyQuery()
            .ProducesErrors()
            .RequireScope(ApiScopes.ReportsRead);

        var reports = api.MapGroup("/reports").WithTags("Reports");

        reports.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListReportsQuery(), ct)))
            .WithSummary("The report catalogue: each report's columns and the filters it takes (Supervisor, SfdAdmin, Accountant, Auditor)")
            .ProducesErrors()
            .RequireScope(ApiScopes.ReportsRead);

        reports.MapGet("/{name}", async Task<Results<Ok<ReportPageDto>, FileStreamHttpResult>> (
                string name, [AsParameters] ReportRequest request, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var filters = request.Filters();
                return FormatOf(request.Format, http) is { } format
                    ? await ExportAsync(new ExportReportCommand(name, format, filters), http, mediator, ct)
                    : TypedResults.Ok(await mediator.Send(new GetReportQuery(name, filters, request.Page, request.PageSize), ct));
            })
            .WithSummary("A report: a page on screen (JSON), or every row as CSV, XLSX or PDF (`format` or `Accept`), kept in the history")
            .WithDescription("Filters: the ones the catalogue lists for this report; any other is a 400. An export is recorded in `/api/v1/report-runs` (its `Content-Location`) and can be downloaded again there, byte for byte.")
            .AcceptsOnlyQuery([.. ReportRequest.Names])
            .Produces<ReportPageDto>(200, "application/json", FileTypes)
            .ProducesValidationProblem().ProducesErrors(404, 422)
            .RequireScope(ApiScopes.ReportsRead);

        var runs = api.MapGroup("/report-runs").WithTags("Reports");

        runs.MapGet("/", async ([AsParameters] ListReportRunsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<ReportRunDto>>(await mediator.Send(query, ct)))
            .WithSummary("The export history, newest first: who exported which report, with which filters, when")
            .AcceptsOnlyQuery("report", "page", "pageSize")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.ReportsRead);

        runs.MapGet("/{id:guid}/file", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetReportRunFileQuery(id), ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("An export of the history, as it was first served")
            .Produces(200, contentType: FileTypes[0], additionalContentTypes: FileTypes[1..])
            .ProducesErrors(404)
            .RequireScope(ApiScopes.ReportsRead);
    }

    /// <summary>
    /// Runs an export (a report's or the transaction explorer's) and streams its file as the history keeps it, naming the
    /// run's file as its <c>Content-Location</c>.
    /// </summary>
    internal static async Task<FileStreamHttpResult> ExportAsync(ICommand<ReportRunDto> export, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var run = await mediator.Send(export, ct);
        var file = await mediator.Send(new GetReportRunFileQuery(run.Id), ct);
        http.Response.Headers.ContentLocation = $"/api/v1/report-runs/{run.Id}/file";
        return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// <c>?format=</c> first, then an <c>Accept</c> naming a file type; null is the JSON page. An unknown format word is a
    /// 400 with the words allowed.
    /// </summary>
    internal static ReportFormat? FormatOf(string? format, HttpContext http)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        if (format is not null)
            return Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var named) && !char.IsDigit(format[0])
                ? named
                : throw new Application.Common.Exceptions.ValidationException("format", "'{0}' is not one of: {1}.", format, "csv, xlsx, pdf");
        return ReportFormats.ContentTypes.Where(t => accept.Any(a => a.MediaType.Equals(t.Value, StringComparison.OrdinalIgnoreCase)))
            .Select(t => (ReportFormat?)t.Key).FirstOrDefault();
    }

    /// <summary>
    /// Whether a document's endpoint answers its PDF rather than its JSON: <c>?format=pdf</c>, or an <c>Accept</c> naming
    /// <c>application/pdf</c>. Another format word is a 400 naming the one allowed.
    /// </summary>
    internal static bool WantsPdf(string? format, HttpContext http)
    {
        if (format is null) return http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(PdfType, StringComparison.OrdinalIgnoreCase));
        return format.Equals("pdf", StringComparison.OrdinalIgnoreCase)
            ? true
            : throw new Application.Common.Exceptions.ValidationException("format", "'{0}' is not one of: {1}.", format, "pdf");
    }

    /// <summary>A printed document as the answer, named in its <c>Content-Disposition</c>.</summary>
    internal static FileStreamHttpResult Document(ReportFileDto file) => TypedResults.Stream(file.Content, file.ContentType, file.FileName);

    internal static string PdfType => ReportFormats.ContentTypes[ReportFormat.Pdf];

    /// <summary>The query string of a report: its filters (<see cref="ReportFilters"/>), the output format, the page.</summary>
    public sealed record ReportRequest(
        DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null, Guid? BranchId = null, Guid? AgentId = null,
        Guid? ProductId = null, string? Status = null, Guid? CategoryId = null, int? Horizon = null, string? Format = null, int Page = 1,
        int PageSize = Paging.DefaultPageSize)
    {
        public static readonly string[] Names =
        [
            ReportFilters.FromName, ReportFilters.ToName, ReportFilters.AsOfName, ReportFilters.BranchIdName, ReportFilters.AgentIdName,
            ReportFilters.ProductIdName, ReportFilters.StatusName, ReportFilters.CategoryIdName, ReportFilters.HorizonName, "format", "page", "pageSize",
        ];

        public ReportFilters Filters() => new(From, To, AsOf, BranchId, AgentId, ProductId, Status, CategoryId, Horizon);
    }
}
