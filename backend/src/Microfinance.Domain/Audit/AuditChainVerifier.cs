namespace Microfinance.Domain.Audit;

/// <summary>The outcome of walking one audit chain; names the first record where the chain breaks.</summary>
public sealed record AuditChainVerification(
    bool Ok, long CheckedCount, long? FirstBrokenSequence, Guid? FirstBrokenRecordId, string? Reason);

/// <summary>
/// Walks one chain in sequence order, one record at a time (so a long chain streams from the database).
/// A record whose content no longer matches its hash was edited; a record whose sequence skips, or whose previous
/// hash differs from its predecessor's hash, follows a removed or edited row. Removing the newest rows leaves no
/// trace in the chain itself: see docs/audit-trail.md.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _checkedCount;
    private long _expectedSequence = 1;
    private string _expectedPreviousHash = AuditRecord.GenesisHash;
    private AuditChainVerification? _failure;

    /// <summary>Checks the next record; false once the chain is broken (later records are not looked at).</summary>
    public bool Accept(AuditRecord record)
    {
        if (_failure is not null) return false;

        var reason = record.Sequence != _expectedSequence
            ? $"Expected record #{_expectedSequence} but found #{record.Sequence}: a record was removed."
            : record.PreviousHash != _expectedPreviousHash
                ? "The previous-hash link does not match the record before it: that record was altered or removed."
                : record.ComputeHash() != record.Hash
                    ? "The record's content does not match its hash: it was edited."
                    : null;
        if (reason is not null)
        {
            _failure = new AuditChainVerification(false, _checkedCount, record.Sequence, record.Id, reason);
            return false;
        }

        _checkedCount++;
        _expectedSequence = record.Sequence + 1;
        _expectedPreviousHash = record.Hash;
        return true;
    }

    public AuditChainVerification Result => _failure ?? new AuditChainVerification(true, _checkedCount, null, null, null);

    public static AuditChainVerification Verify(IEnumerable<AuditRecord> recordsInSequenceOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var record in recordsInSequenceOrder)
            if (!verifier.Accept(record)) break;
        return verifier.Result;
    }
}
