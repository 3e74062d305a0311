using Microfinance.Domain.Audit;

namespace Microfinance.Application.Audit.Queries.VerifyAuditChain;

/// <summary>Walks every chain of the caller's institution and names the first broken record.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor, Roles.PlatformAdmin)]
public sealed record VerifyAuditChainQuery : IRequest<AuditChainVerification>;
