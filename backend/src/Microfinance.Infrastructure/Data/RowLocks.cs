using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// <c>SELECT … FOR UPDATE</c> on the institution in scope. Deposit accounts are read by hand (their columns from EF's model,
/// <see cref="RowShape"/>) and held by <see cref="LedgerRows"/>, which writes their changes at the next save (ADR 0014).
/// </summary>
public sealed class RowLocks(AppDbContext db, LedgerRows rows, ITenantContext tenant) : IRowLocks
{
    public async Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().Order().ToArray();
        var shape = RowShape.Of<DepositAccount>(db.Model);
        return await db.ListAsync($"SELECT {shape.SelectList("a")} FROM deposit_accounts a WHERE a.id = ANY($1){InScope} ORDER BY a.id FOR UPDATE",
            reader => rows.Hold(shape.Read<DepositAccount>(reader), shape), cancellationToken, [RawSql.Value(ids), .. Scope()]);
    }

    public async Task<LockedAccount> LockAccountAsync(Guid accountId, CancellationToken cancellationToken)
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
        return found.SingleOrDefault() ?? throw new NotFoundException("Account", accountId);
    }

    /// <summary>
    /// The tenant filter written as EF writes the query filter (ADR 0005), on parameters $2 and $3: the lock neither takes
    /// nor shows another institution's row.
    /// </summary>
    private const string InScope = " AND ($2 OR a.institution_id = $3)";

    private NpgsqlParameter[] Scope() => [RawSql.Value(tenant.IsUnrestricted), RawSql.Value(tenant.InstitutionId)];

    public async Task<Loan> LockLoanAsync(Guid loanId, CancellationToken cancellationToken) =>
        // `id = $1` for the reason given in LockAccountAsync.
        (await db.Loans.FromSql($"SELECT * FROM loans WHERE id = {loanId} FOR UPDATE")
            .Include(l => l.Installments)
            .ToListAsync(cancellationToken)).SingleOrDefault() ?? throw new NotFoundException("Loan", loanId);

    public async Task<IReadOnlyList<Loan>> LockLoansAsync(IReadOnlyCollection<Guid> loanIds, CancellationToken cancellationToken)
    {
        var ids = loanIds.Distinct().Order().ToArray();
        return await db.Loans.FromSql($"SELECT * FROM loans WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
            .Include(l => l.Installments)
            .ToListAsync(cancellationToken);
    }

    // `id = $1` for the reason given in LockAccountAsync; EF adds the tenant filter around the locking query.
    public async Task<PaymentIntent?> LockPaymentAsync(Guid paymentId, CancellationToken cancellationToken) =>
        (await db.PaymentIntents.FromSql($"SELECT * FROM payment_intents WHERE id = {paymentId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<OrphanPayment?> LockOrphanPaymentAsync(Guid orphanId, CancellationToken cancellationToken) =>
        (await db.OrphanPayments.FromSql($"SELECT * FROM orphan_payments WHERE id = {orphanId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
}
