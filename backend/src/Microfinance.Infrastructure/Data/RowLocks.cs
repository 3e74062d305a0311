using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;
using Microfinance.Domain.Treasury;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// <c>SELECT … FOR UPDATE</c> on the institution in scope. Deposit accounts, a loan locked for a posting and payment
/// intents are read by hand (their columns from EF's model, <see cref="RowShape"/>) and held by <see cref="LedgerRows"/>,
/// which writes their changes at the next save (ADR 0014, 0017); the other loan locks go through EF, which tracks them.
/// </summary>
public sealed class RowLocks(AppDbContext db, LedgerRows rows, ITenantContext tenant) : IRowLocks
{
    public async Task<IReadOnlyList<DepositAccount>> LockAccountsAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().Order().ToArray();
        var shape = RowShape.Of<DepositAccount>(db.Model);
        return await db.ListAsync($"SELECT {shape.SelectList("a")} FROM deposit_accounts a WHERE a.id = ANY($1){InScope("a")} ORDER BY a.id FOR UPDATE",
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
              FROM deposit_accounts a WHERE a.id = $1{InScope("a")} FOR UPDATE OF a
            """, reader => new LockedAccount(rows.Hold(shape.Read<DepositAccount>(reader), shape), reader.GetString(holder)),
            cancellationToken, [RawSql.Value(accountId), .. Scope()]);
        return found.SingleOrDefault() ?? throw new NotFoundException("Account", accountId);
    }

    public async Task<Loan> LockLoanForPostingAsync(Guid loanId, CancellationToken cancellationToken)
    {
        var loanShape = RowShape.Of<Loan>(db.Model);
        var installmentShape = RowShape.Of<LoanInstallment>(db.Model);
        // One round trip, two statements: each statement of a batch reads what was committed when it starts, so the
        // installments are read once the loan's lock is granted — and only a holder of that lock changes them.
        var transaction = RawSql.Transaction(db);
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
        {
            BatchCommands =
            {
                Command($"SELECT {loanShape.SelectList("l")} FROM loans l WHERE l.id = $1{InScope("l")} FOR UPDATE", loanId),
                Command($"SELECT {installmentShape.SelectList("i")} FROM loan_installments i WHERE i.loan_id = $1{InScope("i")} ORDER BY i.number", loanId),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new NotFoundException("Loan", loanId);
        var read = loanShape.Read<Loan>(reader);
        var loan = rows.Hold(read, loanShape);
        await reader.NextResultAsync(cancellationToken);
        // Already held by this unit of work: the held instance has its installments, perhaps changed since.
        if (loan != read) return loan;
        var installments = LoanInstallments.GetCollectionAccessor()!;
        while (await reader.ReadAsync(cancellationToken))
            installments.Add(loan, rows.Hold(installmentShape.Read<LoanInstallment>(reader), installmentShape), forMaterialization: true);
        return loan;
    }

    private INavigation LoanInstallments => db.Model.FindEntityType(typeof(Loan))!.FindNavigation(nameof(Loan.Installments))!;

    private NpgsqlBatchCommand Command(string sql, Guid id)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(RawSql.Value(id));
        command.Parameters.AddRange(Scope());
        return command;
    }

    /// <summary>
    /// The tenant filter (ADR 0005), on parameter $2, written only when the caller is restricted to an institution: the
    /// lock neither takes nor shows another institution's row. Not EF's <c>($2 OR institution_id = $3)</c>: a boolean
    /// parameter gives PostgreSQL a reason to keep planning a prepared statement per call (pg_stat_statements once showed
    /// the installments' read planned on every repayment, 0.14 ms a call: bench/RESULTS.md step 9).
    /// </summary>
    private string InScope(string alias) => tenant.IsUnrestricted ? "" : $" AND {alias}.institution_id = $2";

    private NpgsqlParameter[] Scope() => tenant.IsUnrestricted ? [] : [RawSql.Value(tenant.InstitutionId)];

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

    /// <summary>Held by <see cref="LedgerRows"/> like an account: a webhook's settlement writes it in the posting's batch.</summary>
    public async Task<PaymentIntent?> LockPaymentAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var shape = RowShape.Of<PaymentIntent>(db.Model);
        var found = await db.ListAsync($"SELECT {shape.SelectList("p")} FROM payment_intents p WHERE p.id = $1{InScope("p")} FOR UPDATE",
            reader => rows.Hold(shape.Read<PaymentIntent>(reader), shape), cancellationToken, [RawSql.Value(paymentId), .. Scope()]);
        return found.SingleOrDefault();
    }

    // `id = $1` for the reason given in LockAccountAsync; EF adds the tenant filter around the locking query.
    public async Task<OrphanPayment?> LockOrphanPaymentAsync(Guid orphanId, CancellationToken cancellationToken) =>
        (await db.OrphanPayments.FromSql($"SELECT * FROM orphan_payments WHERE id = {orphanId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>Held by <see cref="LedgerRows"/> like an account: a contribution writes it in the posting's batch.</summary>
    public async Task<LockedParticipant> LockParticipantAsync(Guid participantId, DateOnly day, CancellationToken cancellationToken)
    {
        var shape = RowShape.Of<TontineParticipant>(db.Model);
        var extra = shape.Columns.Count;
        // The day is the statement's last parameter: $2 is the tenant filter's when there is one (InScope).
        var dayParameter = tenant.IsUnrestricted ? "$2" : "$3";
        var found = await db.ListAsync($"""
            SELECT {shape.SelectList("p")}, c.first_name || ' ' || c.last_name, c.number, t.name, t.code,
                   (SELECT u.display_name FROM users u WHERE u.id = p.collector_id),
                   (SELECT coalesce(sum(x.amount), 0) FROM tontine_contributions x WHERE x.participant_id = p.id AND x.date = {dayParameter})
              FROM tontine_participants p JOIN clients c ON c.id = p.client_id JOIN tontines t ON t.id = p.tontine_id
             WHERE p.id = $1{InScope("p")} FOR UPDATE OF p
            """, reader => new LockedParticipant(rows.Hold(shape.Read<TontineParticipant>(reader), shape), reader.GetString(extra),
                reader.GetString(extra + 1), reader.GetString(extra + 2), reader.GetString(extra + 3),
                reader.IsDBNull(extra + 4) ? null : reader.GetString(extra + 4), reader.GetDecimal(extra + 5)),
            cancellationToken, [RawSql.Value(participantId), .. Scope(), RawSql.Value(day)]);
        return found.SingleOrDefault() ?? throw new NotFoundException("Participant", participantId);
    }

    // `id = $1` for the reason given in LockAccountAsync; EF adds the tenant filter around the locking query.
    public async Task<TontineAdhesion?> LockAdhesionAsync(Guid adhesionId, CancellationToken cancellationToken) =>
        (await db.TontineAdhesions.FromSql($"SELECT * FROM tontine_adhesions WHERE id = {adhesionId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<CashDrawerSession?> LockCashDrawerAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await db.CashDrawerSessions.FromSql($"SELECT * FROM cash_drawer_sessions WHERE id = {sessionId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);

    public async Task LockKeySharedAsync(string key, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(hashtextextended({key}, 0))", cancellationToken);

    public async Task<ManualEntry?> LockManualEntryAsync(Guid entryId, CancellationToken cancellationToken) =>
        (await db.ManualEntries.FromSql($"SELECT * FROM manual_entries WHERE id = {entryId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
}
