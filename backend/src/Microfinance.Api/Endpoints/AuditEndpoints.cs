using MediatR;
using Microfinance.Application.Audit;
using Microfinance.Application.Audit.Queries.GetAuditCatalogue;
using Microfinance.Application.Audit.Queries.GetAuditRecord;
using Microfinance.Application.Audit.Queries.ListAuditRecords;
using Microfinance.Application.Audit.Queries.VerifyAuditChain;
using Microfinance.Application.Common.Models;
using Microfinance.Domain.Audit;

namespace Microfinance.Api.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");

        audit.MapGet("/", async ([AsParameters] ListAuditRecordsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<AuditRecordDto>>(await mediator.Send(query, ct)))
            .WithSummary("The institution's audit trail, newest first, in words; sign-ins hidden unless includeSignIns (SfdAdmin, Auditor)")
            .ProducesValidationProblem().ProducesErrors();

        audit.MapGet("/catalogue", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAuditCatalogueQuery(), ct)))
            .WithSummary("Every action and entity type the trail records, labelled in the reader's language").ProducesErrors();

        audit.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<AuditChainVerification>(await mediator.Send(new VerifyAuditChainQuery(), ct)))
            .WithSummary("Re-compute the hash chain and name the first broken record, if any").ProducesErrors();

        audit.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAuditRecordQuery(id), ct)))
            .WithSummary("One audit record").ProducesErrors(404);
    }
}
