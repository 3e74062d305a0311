namespace Microfinance.Domain.Audit;

/// <summary>The outcome of walking audit chains; names the first record where a chain breaks.</summary>
public sealed record AuditChainVerification(
    bool Ok, long CheckedCount, long? FirstBrokenSequence, Guid? FirstBrokenRecordId, string? Reason, int? FirstBrokenChain = null);

/// <summary>
/// Walks an institution's chains one record at a time (so a long trail streams from the database); records must come in
/// sequence order within each chain, chains may interleave. A record whose content no longer matches its hash was
/// edited; a record whose sequence skips, or whose previous hash differs from its predecessor's hash, follows a removed
/// or edited row. Removing the newest rows of a chain leaves no trace in the chain itself: see docs/audit-trail.md.
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly Dictionary<int, ChainState> _chains = [];

    /// <summary>Checks the next record of its chain; false once that chain is broken (its later records are not looked at).</summary>
    public bool Accept(AuditRecord record)
    {
        if (!_chains.TryGetValue(record.Chain, out var chain))
            _chains[record.Chain] = chain = new ChainState();
        if (chain.Failure is not null) return false;

        var reason = record.Sequence != chain.ExpectedSequence
            ? $"Expected record #{chain.ExpectedSequence} of chain {record.Chain} but found #{record.Sequence}: a record was removed."
            : record.PreviousHash != chain.ExpectedPreviousHash
                ? "The previous-hash link does not match the record before it: that record was altered or removed."
                : record.ComputeHash() != record.Hash
                    ? "The record's content does not match its hash: it was edited."
                    : null;
        if (reason is not null)
        {
            chain.Failure = new AuditChainVerification(false, 0, record.Sequence, record.Id, reason, record.Chain);
            return false;
        }

        chain.Checked++;
        chain.ExpectedSequence = record.Sequence + 1;
        chain.ExpectedPreviousHash = record.Hash;
        return true;
    }

    public AuditChainVerification Result
    {
        get
        {
            var checkedCount = _chains.Values.Sum(c => c.Checked);
            var failure = _chains.OrderBy(c => c.Key).Select(c => c.Value.Failure).FirstOrDefault(f => f is not null);
            return failure is null ? new AuditChainVerification(true, checkedCount, null, null, null) : failure with { CheckedCount = checkedCount };
        }
    }

    public static AuditChainVerification Verify(IEnumerable<AuditRecord> records)
    {
        var verifier = new AuditChainVerifier();
        foreach (var record in records) verifier.Accept(record);
        return verifier.Result;
    }

    private sealed class ChainState
    {
        public long ExpectedSequence = 1;
        public string ExpectedPreviousHash = AuditRecord.GenesisHash;
        public long Checked;
        public AuditChainVerification? Failure;
    }
}
