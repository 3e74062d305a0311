namespace Microfinance.Application.Audit.Queries.GetAuditRecord;

[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record GetAuditRecordQuery(Guid Id) : IRequest<AuditRecordDto>;
