using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>
/// A pending withdrawal is decided under its account's lock: the account is locked before the request is read, so two
/// supervisors deciding at once are served one after the other and the second sees the first's decision.
/// </summary>
public sealed class WithdrawalRequestLock(IApplicationDbContext db, IRowLocks locks)
{
    public async Task<(WithdrawalRequest Request, LockedAccount Account)> LockAsync(Guid id, CancellationToken ct)
    {
        var accountId = await db.WithdrawalRequests.Where(w => w.Id == id).Select(w => (Guid?)w.AccountId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Withdrawal request", id);
        var account = await locks.LockAccountAsync(accountId, ct);
        return (await db.WithdrawalRequests.FirstAsync(w => w.Id == id, ct), account);
    }
}
