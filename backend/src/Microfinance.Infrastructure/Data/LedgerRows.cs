using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Infrastructure.Audit;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Scoped: the rows every movement of money writes — the locked deposit accounts' changes, journal entries with their
/// lines, statement lines — kept out of EF's change tracker and written by hand, in one round trip of prepared
/// statements, at the next save (ADR 0014). Columns, conversions and audit values come from EF's model
/// (<see cref="RowShape"/>); the tenant check is the same as <see cref="AppDbContext"/>'s. <see cref="UnitOfWork"/> decides when they are written.
/// </summary>
public sealed class LedgerRows(ITenantContext tenant, AuditChangeCollector audit) : ILedgerRows
{
    private readonly List<JournalEntry> _entries = [];
    private readonly List<AccountTransaction> _movements = [];
    private readonly Dictionary<Guid, (DepositAccount Account, object?[] Stored)> _accounts = [];

    public void Add(JournalEntry entry) => _entries.Add(entry);

    public void Add(AccountTransaction movement) => _movements.Add(movement);

    /// <summary>
    /// An account just read under lock, as stored: what changes on it is written at the next save. An account this unit
    /// of work already holds is returned as held (one instance per row, as EF's identity map would).
    /// </summary>
    internal DepositAccount Hold(DepositAccount read, RowShape shape)
    {
        if (_accounts.TryGetValue(read.Id, out var held)) return held.Account;
        _accounts[read.Id] = (read, shape.Snapshot(read));
        return read;
    }


    /// <summary>
    /// Writes what is pending and describes it to the audit trail. Journal entries go first: their numbers (an identity)
    /// come back as the batch's first results, and their lines, the statement lines and other tables' rows refer to them.
    /// </summary>
    public async Task FlushAsync(AppDbContext db, CancellationToken ct)
    {
        var entryShape = RowShape.Of<JournalEntry>(db.Model);
        var lineShape = RowShape.Of<JournalLine>(db.Model);
        var accountShape = RowShape.Of<DepositAccount>(db.Model);
        var movementShape = RowShape.Of<AccountTransaction>(db.Model);

        var changedAccounts = _accounts.Values.Select(a => (a.Account, Changes: accountShape.Changes(a.Account, a.Stored)))
            .Where(a => a.Changes.Count > 0).ToList();
        if (_entries.Count == 0 && _movements.Count == 0 && changedAccounts.Count == 0) return;

        foreach (var institution in _entries.Select(e => e.InstitutionId).Concat(_movements.Select(m => m.InstitutionId))
                     .Concat(changedAccounts.Select(a => a.Account.InstitutionId)))
            GuardTenant(institution);

        var transaction = RawSql.Transaction(db);
        await using (var batch = new NpgsqlBatch(transaction.Connection, transaction))
        {
            foreach (var entry in _entries) batch.BatchCommands.Add(entryShape.Insert(entry));
            foreach (var line in _entries.SelectMany(e => e.Lines)) batch.BatchCommands.Add(lineShape.Insert(line));
            foreach (var (account, changes) in changedAccounts) batch.BatchCommands.Add(accountShape.Update(account, changes));
            foreach (var movement in _movements) batch.BatchCommands.Add(movementShape.Insert(movement));
            await using var reader = await batch.ExecuteReaderAsync(ct);
            foreach (var entry in _entries)
            {
                if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The journal entry's number did not come back.");
                entryShape.ReadGenerated(reader, entry);
                await reader.NextResultAsync(ct);
            }
            while (await reader.NextResultAsync(ct)) { }
        }

        foreach (var (account, changes) in changedAccounts)
        {
            audit.Changed(accountShape.Type, accountShape.KeyOf(account), changes.Select(c => (c.Column.Property, c.Before, c.After)).ToList());
            _accounts[account.Id] = (account, accountShape.Snapshot(account));
        }
        foreach (var entry in _entries)
            audit.Created(entryShape.Type, entryShape.KeyOf(entry), Values(entryShape, entry), entry.Lines.Select(l => Values(lineShape, l)));
        foreach (var movement in _movements)
            audit.Created(movementShape.Type, movementShape.KeyOf(movement), Values(movementShape, movement), []);
        _entries.Clear();
        _movements.Clear();
    }

    /// <summary>Forgets everything: after commit, and after a failed unit of work.</summary>
    public void Clear()
    {
        _entries.Clear();
        _movements.Clear();
        _accounts.Clear();
    }

    private static IEnumerable<(Microsoft.EntityFrameworkCore.Metadata.IProperty, object?)> Values(RowShape shape, object row) =>
        shape.Columns.Select(c => (c.Property, c.Get(row)));

    private void GuardTenant(Guid institution)
    {
        if (!tenant.IsUnrestricted && institution != tenant.InstitutionId)
            throw new InvalidOperationException("Refused to write a ledger row of another institution than the one in scope.");
    }
}
