using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;
using Microfinance.Domain.Tontines;
using Microfinance.Infrastructure.Audit;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Scoped: the rows every movement of money writes — the locked rows' changes (deposit accounts, a repaid loan and its
/// installments, a payment intent and the new lines of its history, a tontine participant), journal entries with their lines,
/// statement lines, loan repayments and tontine contributions — kept out of EF's change tracker and written by hand, in one round trip of prepared statements,
/// at the next save (ADR 0014, 0017). Columns, conversions and audit values come from EF's model (<see cref="RowShape"/>);
/// the tenant check is the same as <see cref="AppDbContext"/>'s. <see cref="UnitOfWork"/> decides when they are written.
/// </summary>
public sealed class LedgerRows(ITenantContext tenant, AuditChangeCollector audit) : ILedgerRows
{
    private readonly List<JournalEntry> _entries = [];
    private readonly List<ITenantOwned> _created = [];
    // Each locked row with its columns' values as last read or written.
    private readonly Dictionary<(RowShape Shape, object Key), (ITenantOwned Row, object?[] Stored)> _held = [];
    // Each locked payment intent with how many lines of its history are written: its history is read only by queries,
    // so a locked intent starts with none and every line added to it is new.
    private readonly Dictionary<PaymentIntent, int> _historyWritten = [];

    public void Add(JournalEntry entry) => _entries.Add(entry);

    public void Add(AccountTransaction movement) => _created.Add(movement);

    public void Add(LoanRepayment repayment) => _created.Add(repayment);

    public void Add(TontineContribution contribution) => _created.Add(contribution);

    /// <summary>
    /// A row just read under lock, as stored: what changes on it is written at the next save. A row this unit of work
    /// already holds is returned as held (one instance per row, as EF's identity map would).
    /// </summary>
    internal T Hold<T>(T read, RowShape shape) where T : class, ITenantOwned
    {
        var key = (shape, shape.Key(read));
        if (_held.TryGetValue(key, out var held)) return (T)held.Row;
        _held[key] = (read, shape.Snapshot(read));
        if (read is PaymentIntent intent) _historyWritten[intent] = intent.Events.Count;
        return read;
    }

    /// <summary>
    /// Writes what is pending and describes it to the audit trail. Journal entries go first: their numbers (an identity)
    /// come back as the batch's first results, and their lines, the statement lines, repayments and other tables' rows refer to them.
    /// </summary>
    public async Task FlushAsync(AppDbContext db, CancellationToken ct)
    {
        var entryShape = RowShape.Of<JournalEntry>(db.Model);
        var lineShape = RowShape.Of<JournalLine>(db.Model);
        var eventShape = RowShape.Of<PaymentEvent>(db.Model);

        var history = _historyWritten.SelectMany(h => h.Key.Events.Skip(h.Value)).ToLookup(e => e.PaymentIntentId);
        var changed = _held.Select(h => (h.Key.Shape, h.Value.Row, Changes: h.Key.Shape.Changes(h.Value.Row, h.Value.Stored),
                History: h.Value.Row is PaymentIntent intent ? history[intent.Id].ToList() : []))
            .Where(h => h.Changes.Count > 0 || h.History.Count > 0).ToList();
        if (_entries.Count == 0 && _created.Count == 0 && changed.Count == 0) return;

        EnsureNoNewInstallments(db);
        foreach (var row in _entries.Concat(_created).Concat(changed.Select(c => c.Row)))
            GuardTenant(row.InstitutionId);

        var created = _created.Select(r => (Shape: RowShape.Of(r.GetType(), db.Model), Row: r)).ToList();
        var transaction = RawSql.Transaction(db);
        await using (var batch = new NpgsqlBatch(transaction.Connection, transaction))
        {
            foreach (var entry in _entries) batch.BatchCommands.Add(entryShape.Insert(entry));
            foreach (var lines in lineShape.InsertAll(_entries.SelectMany(e => e.Lines))) batch.BatchCommands.Add(lines);
            foreach (var (shape, row, changes, _) in changed.Where(c => c.Changes.Count > 0)) batch.BatchCommands.Add(shape.Update(row, changes));
            foreach (var (shape, row) in created) batch.BatchCommands.Add(shape.Insert(row));
            foreach (var lines in eventShape.InsertAll(changed.SelectMany(c => c.History))) batch.BatchCommands.Add(lines);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            foreach (var entry in _entries)
            {
                if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The journal entry's number did not come back.");
                entryShape.ReadGenerated(reader, entry);
                await reader.NextResultAsync(ct);
            }
            while (await reader.NextResultAsync(ct)) { }
        }

        foreach (var (shape, row, changes, lines) in changed)
        {
            // A payment's new history lines travel inside its record, as a journal entry's lines do.
            audit.Changed(shape.Type, shape.KeyOf(row), changes.Select(c => (c.Column.Property, c.Before, c.After)).ToList(),
                lines.Select(l => Values(eventShape, l)));
            _held[(shape, shape.Key(row))] = (row, shape.Snapshot(row));
        }
        foreach (var entry in _entries)
            audit.Created(entryShape.Type, entryShape.KeyOf(entry), Values(entryShape, entry), entry.Lines.Select(l => Values(lineShape, l)));
        foreach (var (shape, row) in created)
            audit.Created(shape.Type, shape.KeyOf(row), Values(shape, row), []);
        foreach (var intent in _historyWritten.Keys.ToList()) _historyWritten[intent] = intent.Events.Count;
        _entries.Clear();
        _created.Clear();
    }

    /// <summary>Forgets everything: after commit, and after a failed unit of work.</summary>
    public void Clear()
    {
        _entries.Clear();
        _created.Clear();
        _held.Clear();
        _historyWritten.Clear();
    }

    /// <summary>
    /// A loan is held with the installments it had: one given new installments (a disbursement) must be locked through EF,
    /// which inserts them; here they would be lost.
    /// </summary>
    private void EnsureNoNewInstallments(AppDbContext db)
    {
        var installmentShape = RowShape.Of<LoanInstallment>(db.Model);
        foreach (var loan in _held.Values.Select(h => h.Row).OfType<Loan>())
            if (loan.Installments.Any(i => !_held.ContainsKey((installmentShape, i.Id))))
                throw new InvalidOperationException($"Loan {loan.Id} was locked for a posting but given new installments: lock it through EF.");
    }

    private static IEnumerable<(Microsoft.EntityFrameworkCore.Metadata.IProperty, object?)> Values(RowShape shape, object row) =>
        shape.Columns.Select(c => (c.Property, c.Get(row)));

    private void GuardTenant(Guid institution)
    {
        if (!tenant.IsUnrestricted && institution != tenant.InstitutionId)
            throw new InvalidOperationException("Refused to write a ledger row of another institution than the one in scope.");
    }
}
