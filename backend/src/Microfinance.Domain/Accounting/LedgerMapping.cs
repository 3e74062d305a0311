using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>Which GL account serves a purpose (cash, mobile money, …) in an institution: data, not code.</summary>
public sealed class LedgerMapping : Entity, ITenantOwned
{
    private LedgerMapping() { }

    public LedgerMapping(Guid institutionId, LedgerPurpose purpose, Guid glAccountId)
    {
        InstitutionId = institutionId;
        Purpose = purpose;
        GlAccountId = glAccountId;
    }

    public Guid InstitutionId { get; private set; }
    public LedgerPurpose Purpose { get; private set; }
    public Guid GlAccountId { get; private set; }

    public void PointTo(Guid glAccountId) => GlAccountId = glAccountId;
}
