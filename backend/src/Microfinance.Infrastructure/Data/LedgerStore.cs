using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

/// <summary>A per-institution counter behind readable numbers (clients, accounts).</summary>
public sealed class NumberCounter : Identity.INotAudited
{
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    public long LastValue { get; set; }
}

public sealed class LedgerStore(AppDbContext db, ITenantContext tenant) : ILedgerStore
{
    public async Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().Order().ToArray();
        // The tenant filter still applies on top of the raw SQL: another institution's row is neither locked nor seen.
        return await db.DepositAccounts
            .FromSql($"SELECT * FROM deposit_accounts WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
    }

    public async Task<LockedAccount?> LockAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        // `id = $1`, not `= ANY($1)`: PostgreSQL then settles on a generic plan for the prepared statement instead of
        // planning it again on every deposit. The account, projected with the name, is still tracked.
        var rows = await db.DepositAccounts
            .FromSql($"SELECT * FROM deposit_accounts WHERE id = {accountId} FOR UPDATE")
            .Select(a => new { Account = a, HolderName = db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.FirstName + " " + c.LastName).First() })
            .ToListAsync(cancellationToken);
        return rows is [var row] ? new LockedAccount(row.Account, row.HolderName) : null;
    }

    public async Task<Loan?> LockLoanAsync(Guid loanId, CancellationToken cancellationToken) =>
        // `id = $1` for the reason given in LockAccountAsync.
        (await db.Loans.FromSql($"SELECT * FROM loans WHERE id = {loanId} FOR UPDATE")
            .Include(l => l.Installments)
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Loan>> LockLoansAsync(IReadOnlyCollection<Guid> loanIds, CancellationToken cancellationToken)
    {
        var ids = loanIds.Distinct().Order().ToArray();
        return await db.Loans.FromSql($"SELECT * FROM loans WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
            .Include(l => l.Installments)
            .ToListAsync(cancellationToken);
    }

    public async Task<long> NextNumberAsync(string counter, CancellationToken cancellationToken)
    {
        var institutionId = tenant.RequiredInstitutionId;
        // The row lock taken by the upsert is held until commit: numbers are handed out one transaction at a time.
        var values = await db.Database.SqlQuery<long>($"""
            INSERT INTO number_counters (institution_id, name, last_value) VALUES ({institutionId}, {counter}, 1)
            ON CONFLICT (institution_id, name) DO UPDATE SET last_value = number_counters.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(cancellationToken);
        return values.Single();
    }
}
