using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.GetBankStatementFormat;

public sealed class GetBankStatementFormatQueryHandler(IApplicationDbContext db, BankReconciliation reconciliation, ITenantContext tenant)
    : IRequestHandler<GetBankStatementFormatQuery, BankStatementFormatDto>
{
    public async Task<BankStatementFormatDto> Handle(GetBankStatementFormatQuery q, CancellationToken cancellationToken)
    {
        var account = await reconciliation.BankAccountAsync(q.GlAccountId, cancellationToken);
        var saved = await db.BankStatementFormats.AsNoTracking().FirstOrDefaultAsync(f => f.GlAccountId == account.Id, cancellationToken);
        return saved?.ToDto() ?? new BankStatementFormat(tenant.RequiredInstitutionId, account.Id).ToDto(isSaved: false);
    }
}
