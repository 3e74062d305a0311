using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>Gives a new institution the default chart of accounts and its purpose mappings.</summary>
public sealed class ChartOfAccountsSetup(IApplicationDbContext db, TimeProvider clock)
{
    public void Seed(Guid institutionId)
    {
        var now = clock.GetUtcNow();
        foreach (var line in DefaultChartOfAccounts.Accounts)
        {
            var account = new GlAccount(institutionId, line.Code, line.Name, line.Type, now);
            db.GlAccounts.Add(account);
            if (line.Purpose is { } purpose)
                db.LedgerMappings.Add(new LedgerMapping(institutionId, purpose, account.Id));
        }
    }
}
