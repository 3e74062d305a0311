using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Ledger;
using Microfinance.Domain.Loans;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>A per-institution counter behind readable numbers (clients, accounts).</summary>
public sealed class NumberCounter : Identity.INotAudited
{
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    public long LastValue { get; set; }
}

public sealed class LedgerStore(AppDbContext db, LedgerRows rows, ITenantContext tenant) : ILedgerStore
{
    public async Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().Order().ToArray();
        var shape = RowShape.Of<DepositAccount>(db.Model);
        return await db.ListAsync($"SELECT {shape.SelectList("a")} FROM deposit_accounts a WHERE a.id = ANY($1){InScope} ORDER BY a.id FOR UPDATE",
            reader => rows.Hold(shape.Read<DepositAccount>(reader), shape), cancellationToken, [RawSql.Value(ids), .. Scope()]);
    }

    public async Task<LockedAccount?> LockAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        // `id = $1`, not `= ANY($1)`: PostgreSQL then settles on a generic plan for the prepared statement instead of
        // planning it again on every deposit.
        var shape = RowShape.Of<DepositAccount>(db.Model);
        var holder = shape.Columns.Count;
        var found = await db.ListAsync($"""
            SELECT {shape.SelectList("a")}, (SELECT c.first_name || ' ' || c.last_name FROM clients c WHERE c.id = a.client_id)
              FROM deposit_accounts a WHERE a.id = $1{InScope} FOR UPDATE OF a
            """, reader => new LockedAccount(rows.Hold(shape.Read<DepositAccount>(reader), shape), reader.GetString(holder)),
            cancellationToken, [RawSql.Value(accountId), .. Scope()]);
        return found.SingleOrDefault();
    }

    /// <summary>
    /// The tenant filter written as EF writes the query filter (ADR 0005), on parameters $2 and $3: the lock neither takes
    /// nor shows another institution's row.
    /// </summary>
    private const string InScope = " AND ($2 OR a.institution_id = $3)";

    private NpgsqlParameter[] Scope() => [RawSql.Value(tenant.IsUnrestricted), RawSql.Value(tenant.InstitutionId)];

    public void Add(JournalEntry entry) => rows.Add(entry);

    public void Add(AccountTransaction movement) => rows.Add(movement);

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
