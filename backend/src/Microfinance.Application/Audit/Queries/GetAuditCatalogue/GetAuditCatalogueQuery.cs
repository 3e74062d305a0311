namespace Microfinance.Application.Audit.Queries.GetAuditCatalogue;

/// <summary>Every action and entity type the trail records, labelled in the reader's language: what its filters offer.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record GetAuditCatalogueQuery : IRequest<AuditCatalogueDto>;
