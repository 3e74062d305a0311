using Microfinance.Domain.Common;

namespace Microfinance.Domain.Treasury;

/// <summary>
/// One user's cash drawer (<i>caisse</i>) over a working session: opened with a float counted note by note, closed with
/// the cash counted again beside what the ledger says should be there, then validated by someone else. The cash the
/// holder records in between is not kept here: it is the ledger's cash account lines the holder posted during the
/// session (docs/treasury.md).
/// </summary>
public sealed class CashDrawerSession : Entity, ITenantOwned
{
    private CashDrawerSession() { }

    public CashDrawerSession(Guid institutionId, Guid? branchId, Guid userId, DateOnly businessDate, DateTimeOffset openedAt,
        IReadOnlyList<DenominationCount> counts, decimal openingFloat)
    {
        InstitutionId = institutionId;
        BranchId = branchId;
        UserId = userId;
        BusinessDate = businessDate;
        OpenedAt = openedAt;
        OpeningCounts = counts;
        OpeningFloat = openingFloat;
    }

    public Guid InstitutionId { get; private set; }
    public Guid? BranchId { get; private set; }
    /// <summary>The holder: the cash posted by this user while the session is open counts against it.</summary>
    public Guid UserId { get; private set; }
    /// <summary>The institution's business day the session was opened on.</summary>
    public DateOnly BusinessDate { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public IReadOnlyList<DenominationCount> OpeningCounts { get; private set; } = [];
    public decimal OpeningFloat { get; private set; }
    public CashDrawerStatus Status { get; private set; } = CashDrawerStatus.Open;
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<DenominationCount>? ClosingCounts { get; private set; }
    public decimal? CountedCash { get; private set; }
    /// <summary>The float plus the cash taken in less the cash paid out, as the ledger had it at the close.</summary>
    public decimal? ExpectedCash { get; private set; }
    /// <summary>Counted less expected: negative for a shortage, positive for a surplus.</summary>
    public decimal? Difference { get; private set; }
    public Guid? DifferenceEntryId { get; private set; }
    public string? ClosingNote { get; private set; }
    public Guid? ValidatedBy { get; private set; }
    public DateTimeOffset? ValidatedAt { get; private set; }

    /// <summary>Records the count at the close; the caller posts <see cref="Difference"/>, if any, and records its entry.</summary>
    public void Close(DateTimeOffset at, IReadOnlyList<DenominationCount> counts, decimal counted, decimal expected, string? note)
    {
        if (Status != CashDrawerStatus.Open)
            throw new DomainException("cash_drawer_already_closed", "This cash drawer session is already closed.");
        Status = CashDrawerStatus.Closed;
        ClosedAt = at;
        ClosingCounts = counts;
        CountedCash = counted;
        ExpectedCash = expected;
        Difference = counted - expected;
        ClosingNote = note;
    }

    public void RecordDifferenceEntry(Guid journalEntryId)
    {
        if (Status != CashDrawerStatus.Closed || Difference is 0 or null || DifferenceEntryId is not null)
            throw new InvalidOperationException("Only a session closed with a difference records the difference's entry, once.");
        DifferenceEntryId = journalEntryId;
    }

    /// <summary>A closed session's count is checked by someone other than its holder (4 yeux).</summary>
    public void Validate(Guid by, DateTimeOffset at)
    {
        if (Status == CashDrawerStatus.Open)
            throw new DomainException("cash_drawer_not_closed", "This cash drawer is still open: it is validated once closed.");
        if (Status == CashDrawerStatus.Validated)
            throw new DomainException("cash_drawer_already_validated", "This cash drawer session is already validated.");
        if (by == UserId)
            throw new DomainException("maker_checker", "The holder of a cash drawer cannot validate its own close.");
        Status = CashDrawerStatus.Validated;
        ValidatedBy = by;
        ValidatedAt = at;
    }
}
