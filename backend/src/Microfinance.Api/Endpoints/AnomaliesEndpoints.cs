using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Anomalies;
using Microfinance.Application.Anomalies.Assistant;
using Microfinance.Application.Anomalies.Commands.DetectAnomalies;
using Microfinance.Application.Anomalies.Commands.ExportAnomalies;
using Microfinance.Application.Anomalies.Commands.ReviewAnomaly;
using Microfinance.Application.Anomalies.Commands.UpdateAnomalySettings;
using Microfinance.Application.Anomalies.Queries.AskAssistant;
using Microfinance.Application.Anomalies.Queries.ExplainAnomaly;
using Microfinance.Application.Anomalies.Queries.GetAnomaly;
using Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;
using Microfinance.Application.Anomalies.Queries.GetAnomalySettings;
using Microfinance.Application.Anomalies.Queries.ListAnomalies;
using Microfinance.Application.Anomalies.Queries.WriteMonthlySummary;
using Microfinance.Application.Common.Models;
using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Reporting;

namespace Microfinance.Api.Endpoints;

/// <summary>Anomaly detection, the auditors' review of its findings, and the assistant that explains them (docs/anomalies.md).</summary>
public static class AnomaliesEndpoints
{
    public static void MapAnomaliesEndpoints(this RouteGroupBuilder api)
    {
        var anomalies = api.MapGroup("/anomalies").WithTags("Anomalies");

        anomalies.MapGet("/", async ([AsParameters] ListAnomaliesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<AnomalyDto>>(await mediator.Send(query, ct)))
            .WithSummary("Findings, the most severe and most recent first (filter by rule, severity, status, branch, agent, client and period)")
            .ProducesValidationProblem().ProducesErrors();

        anomalies.MapGet("/statistics", async ([AsParameters] GetAnomalyStatisticsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The findings the list's filters select, counted per rule and status, and per week of the situation's business day by severity (for the chart)")
            .AcceptsOnlyQuery("rule", "severity", "status", "branchId", "agentId", "clientId", "from", "to")
            .ProducesValidationProblem().ProducesErrors();

        anomalies.MapGet("/export", async ([AsParameters] AnomalyFilter filters, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                await ReportingEndpoints.ExportAsync(new ExportAnomaliesCommand(filters, ReportingEndpoints.FormatOf(format, http) ?? ReportFormat.Csv), http, mediator, ct))
            .WithSummary("Every finding the list's filters select, as CSV (the default) or XLSX (`format`), kept in `/api/v1/report-runs` as `anomalies` (its `Content-Location`)")
            .AcceptsOnlyQuery("rule", "severity", "status", "branchId", "agentId", "clientId", "from", "to", "format")
            .Produces(200, contentType: ReportingEndpoints.FileTypes[0], additionalContentTypes: ReportingEndpoints.FileTypes[1..2])
            .ProducesValidationProblem().ProducesErrors();

        anomalies.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAnomalyQuery(id), ct)))
            .WithSummary("A finding with its figures, the objects it concerns and its review").ProducesErrors(404);

        anomalies.MapPost("/detect", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DetectAnomaliesCommand(), ct)))
            .WithSummary("Run every enabled rule now; answers when done, with what each rule found, how many are new and how many closed ones got worse")
            .ProducesErrors();

        MapReview(anomalies, "/{id:guid}/acknowledge", AnomalyStatus.Acknowledged, "Acknowledge an open finding (being looked into), with a comment");
        MapReview(anomalies, "/{id:guid}/explain", AnomalyStatus.Explained, "Close a finding as explained (legitimate, or dealt with), with the explanation");
        MapReview(anomalies, "/{id:guid}/dismiss", AnomalyStatus.Dismissed, "Close a finding as a false alarm, with the reason; found again, it stays closed unless it gets worse");

        anomalies.MapGet("/settings", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAnomalySettingsQuery(), ct)))
            .WithSummary("Every rule, on or off, with its parameters in force and their defaults").ProducesErrors();

        anomalies.MapPut("/settings", async (UpdateAnomalySettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Turn rules on or off and set their parameters (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors(422);

        anomalies.MapGet("/{id:guid}/explanation", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ExplainAnomalyQuery(id), ct)))
            .WithSummary("A finding explained in the reader's language (Accept-Language): what was seen, why it matters, what to check; source template or model")
            .ProducesErrors(404);

        // The assistant reads the same figures as the findings, for the same people (docs/anomalies.md "The assistant").
        var assistant = api.MapGroup("/assistant").WithTags("Anomalies");

        assistant.MapPost("/monthly-summary", async (WriteMonthlySummaryQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<AssistantAnswerDto>(await mediator.Send(query, ct)))
            .WithSummary("A month's summary (yyyy-MM, not in the future): activity, portfolio quality, findings opened and closed, notable changes, with the figures used")
            .ProducesValidationProblem().ProducesErrors();

        assistant.MapPost("/ask", async (AskAssistantQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<AssistantAnswerDto>(await mediator.Send(query, ct)))
            .WithSummary("A question about a month's figures, answered from them (offline: by keywords) with the sources it used")
            .ProducesValidationProblem().ProducesErrors();
    }

    private static void MapReview(RouteGroupBuilder anomalies, string pattern, AnomalyStatus to, string summary) =>
        anomalies.MapPost(pattern, async (Guid id, ReviewComment body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewAnomalyCommand(id, to, body.Comment), ct)))
            .WithSummary(summary).ProducesValidationProblem().ProducesErrors(404, 422);
}
