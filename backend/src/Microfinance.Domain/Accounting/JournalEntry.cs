using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

public enum JournalSource
{
    Deposit,
    Withdrawal,
    Transfer,
    OpeningFee,
    Reversal,
    Manual,
    LoanDisbursement,
    LoanRepayment,
    LoanReallocation,
    LoanPenalty,
    LoanWriteOff,
    TontineAdhesionFee,
    TontineContribution,
    TontineWithdrawal,
    /// <summary>The year-end close: every income and expense account's balance moved to retained earnings, valued the next year's first day.</summary>
    YearEndClose,
    SavingsInterest,
    CashDifference,
}

/// <summary>
/// One balanced journal entry: two or more lines whose debits equal their credits. Never edited once posted; a
/// correction is a new entry that <see cref="Reverse">reverses</see> it. The database checks the balance again at
/// commit and refuses updates and deletes.
/// </summary>
public sealed class JournalEntry : Entity, ITenantOwned
{
    private readonly List<JournalLine> _lines = [];

    private JournalEntry() { }

    public JournalEntry(
        Guid institutionId, DateOnly valueDate, DateTimeOffset postedAt, string description, JournalSource source,
        Guid? postedBy, IEnumerable<JournalLine> lines, string currency, Guid? reversesEntryId = null)
    {
        InstitutionId = institutionId;
        ValueDate = valueDate;
        PostedAt = postedAt;
        Description = description;
        Source = source;
        PostedBy = postedBy;
        ReversesEntryId = reversesEntryId;
        foreach (var line in lines)
        {
            if (!Currencies.FitsMinorUnit(line.Debit, currency) || !Currencies.FitsMinorUnit(line.Credit, currency))
                throw new DomainException("amount_precision", "Amounts in {0} allow {1} decimals.", currency, Currencies.MinorUnits(currency));
            line.AttachTo(this);
            _lines.Add(line);
        }
        if (_lines.Count < 2)
            throw new InvalidOperationException("A journal entry has at least two lines.");
        if (TotalDebit != TotalCredit)
            throw new InvalidOperationException($"Unbalanced entry: debits {TotalDebit} ≠ credits {TotalCredit}.");
    }

    public Guid InstitutionId { get; private set; }
    /// <summary>Readable number, assigned by the database in posting order.</summary>
    public long Number { get; private set; }
    public DateOnly ValueDate { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public string Description { get; private set; } = "";
    public JournalSource Source { get; private set; }
    public Guid? PostedBy { get; private set; }
    public Guid? ReversesEntryId { get; private set; }
    public IReadOnlyList<JournalLine> Lines => _lines;

    public decimal TotalDebit => _lines.Sum(l => l.Debit);
    public decimal TotalCredit => _lines.Sum(l => l.Credit);

    /// <summary>The entry that cancels this one: every line mirrored, linked back to it.</summary>
    public JournalEntry Reverse(DateOnly valueDate, DateTimeOffset postedAt, string reason, Guid? postedBy, string currency) =>
        new(InstitutionId, valueDate, postedAt, $"Reversal of #{Number}: {reason}", JournalSource.Reversal, postedBy,
            _lines.Select(l => new JournalLine(l.GlAccountId, l.Credit, l.Debit, l.DepositAccountId, l.TontineParticipantId)), currency, Id);
}

/// <summary>
/// One side of an entry on a GL account; <see cref="DepositAccountId"/> or <see cref="TontineParticipantId"/> names the
/// customer sub-ledger account it belongs to.
/// </summary>
public sealed class JournalLine : ITenantOwned
{
    private JournalLine() { }

    public JournalLine(Guid glAccountId, decimal debit, decimal credit, Guid? depositAccountId = null, Guid? tontineParticipantId = null)
    {
        if (debit < 0 || credit < 0 || (debit == 0) == (credit == 0))
            throw new InvalidOperationException("A journal line has exactly one positive side.");
        GlAccountId = glAccountId;
        Debit = debit;
        Credit = credit;
        DepositAccountId = depositAccountId;
        TontineParticipantId = tontineParticipantId;
    }

    public static JournalLine DebitOf(Guid glAccountId, decimal amount, Guid? depositAccountId = null, Guid? tontineParticipantId = null) =>
        new(glAccountId, amount, 0, depositAccountId, tontineParticipantId);

    public static JournalLine CreditOf(Guid glAccountId, decimal amount, Guid? depositAccountId = null, Guid? tontineParticipantId = null) =>
        new(glAccountId, 0, amount, depositAccountId, tontineParticipantId);

    public Guid Id { get; private set; } = Entity.NewId();
    public Guid InstitutionId { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid GlAccountId { get; private set; }
    public Guid? DepositAccountId { get; private set; }
    public Guid? TontineParticipantId { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }

    internal void AttachTo(JournalEntry entry)
    {
        EntryId = entry.Id;
        InstitutionId = entry.InstitutionId;
    }
}
