using Microfinance.Domain.Audit;

namespace Microfinance.Application.Audit.Queries.VerifyAuditChain;

public sealed class VerifyAuditChainQueryHandler(IApplicationDbContext db, ITenantContext tenant)
    : IRequestHandler<VerifyAuditChainQuery, AuditChainVerification>
{
    public async Task<AuditChainVerification> Handle(VerifyAuditChainQuery q, CancellationToken cancellationToken)
    {
        var institution = tenant.InstitutionId;
        var verifier = new AuditChainVerifier();
        var records = db.AuditRecords.AsNoTracking().Where(r => r.InstitutionId == institution).OrderBy(r => r.Chain).ThenBy(r => r.Sequence);
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(cancellationToken))
            verifier.Accept(record);
        return verifier.Result;
    }
}
