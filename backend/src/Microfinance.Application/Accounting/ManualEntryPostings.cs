using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting;

/// <summary>
/// Everything that moves money through a manual journal entry: writing one (posted at once, or kept for approval above the
/// institution's threshold), approving it under its row lock, reversing it. Each saves with its entry.
/// </summary>
public sealed class ManualEntryPostings(
    IApplicationDbContext db, IUnitOfWork unitOfWork, LedgerPoster ledger, ClosedPeriods periods, IRowLocks locks,
    InstitutionProfile institution, ReferenceDataCache cache, ICurrentUser user, TimeProvider clock)
{
    /// <summary>What writing an entry read and wrote: enough for its answer without reading it back (as a deposit's receipt).</summary>
    public sealed record Written(ManualEntry Entry, IReadOnlyDictionary<Guid, GlAccount> Accounts, JournalEntry? Posted);

    /// <summary>The accounts a manual line may not touch, cached with the products and mappings they come from (ADR 0012).</summary>
    private sealed record ControlAccounts(IReadOnlySet<Guid> Ids);

    /// <summary>The institution's chart, cached as reference data (a GL account's change forgets it).</summary>
    private sealed record Chart(IReadOnlyDictionary<Guid, GlAccount> Accounts);

    public async Task<Written> WriteAsync(
        DateOnly valueDate, string description, string reference, string? attachmentName, IReadOnlyList<ManualEntryLine> lines, CancellationToken ct)
    {
        var profile = await institution.CurrentAsync(ct);
        var today = profile.Today(clock.GetUtcNow());
        if (valueDate > today) throw new ValidationException("valueDate", "The date cannot be in the future.");
        var accounts = await EnsurePostableAsync(lines, ct);
        var entry = new ManualEntry(profile.Id, valueDate, description, reference, attachmentName, lines,
            needsApproval: lines.Sum(l => l.Debit) > profile.ManualEntryApprovalThreshold, user.UserId!.Value, clock.GetUtcNow());
        db.ManualEntries.Add(entry);
        JournalEntry? posted = null;
        if (entry.Status == ManualEntryStatus.Posted) posted = await PostAsync(entry, ct);
        // Refused now rather than at approval: nobody should approve what can no longer be posted.
        else await periods.EnsureOpenAsync(valueDate, today, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new Written(entry, accounts, posted);
    }

    /// <summary>Approves and posts a waiting entry; two approvals at once are served one after the other, the second refused.</summary>
    public async Task<ManualEntry> ApproveAsync(Guid entryId, CancellationToken ct)
    {
        var entry = await LockAsync(entryId, ct);
        entry.Approve(user.UserId!.Value, clock.GetUtcNow());
        await EnsurePostableAsync(entry.Lines, ct);
        await PostAsync(entry, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<ManualEntry> RejectAsync(Guid entryId, string reason, CancellationToken ct)
    {
        var entry = await LockAsync(entryId, ct);
        entry.Reject(user.UserId!.Value, reason, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>Cancels a posted entry with its mirror, valued today (a closed month is never written into).</summary>
    public async Task<ManualEntry> ReverseAsync(Guid entryId, string reason, CancellationToken ct)
    {
        var entry = await LockAsync(entryId, ct);
        entry.EnsureReversible();
        var reversal = await ledger.ReverseAsync(entry.JournalEntryId!.Value, reason.Trim(), ct);
        entry.Reverse(reversal.Id, user.UserId!.Value, reason, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return entry;
    }

    private async Task<JournalEntry> PostAsync(ManualEntry entry, CancellationToken ct)
    {
        var posted = await ledger.PostAsync(entry.ValueDate, $"{entry.Description} (pièce {entry.Reference})", JournalSource.Manual, entry.JournalLines(), ct);
        entry.RecordPosting(posted.Id);
        return posted;
    }

    private async Task<ManualEntry> LockAsync(Guid entryId, CancellationToken ct) =>
        await locks.LockManualEntryAsync(entryId, ct) ?? throw new NotFoundException("ManualEntry", entryId);

    /// <summary>
    /// Every line on an active GL account of the institution, and none on a control account — one whose balance is the sum
    /// of customer accounts (deposits, loans, tontine savings): a manual line there would part the GL from its customers.
    /// </summary>
    private async Task<Dictionary<Guid, GlAccount>> EnsurePostableAsync(IReadOnlyList<ManualEntryLine> lines, CancellationToken ct)
    {
        var institutionId = (await institution.CurrentAsync(ct)).Id;
        var chart = await cache.GetAsync(institutionId, institutionId,
            async c => new Chart(await db.GlAccounts.AsNoTracking().ToDictionaryAsync(a => a.Id, c)), ct);
        for (var i = 0; i < lines.Count; i++)
            if (!chart.Accounts.TryGetValue(lines[i].GlAccountId, out var line) || !line.IsActive)
                throw new ValidationException($"lines[{i}].glAccountId", "Choose an active GL account of your institution.");
        var accounts = lines.Select(l => chart.Accounts[l.GlAccountId]).DistinctBy(a => a.Id).ToDictionary(a => a.Id);

        var control = await cache.GetAsync(institutionId, institutionId, async c => new ControlAccounts(await ControlAccountsAsync(c)), ct);
        if (accounts.Values.OrderBy(a => a.Code).FirstOrDefault(a => control.Ids.Contains(a.Id)) is { } kept)
            throw new DomainException("control_account",
                "The account {0} is kept by its customer accounts: record the operation on the customer's account, not a manual entry.", kept.Code);
        return accounts;
    }

    private async Task<HashSet<Guid>> ControlAccountsAsync(CancellationToken ct)
    {
        LedgerPurpose[] purposes =
            [LedgerPurpose.CurrentAccountDeposits, LedgerPurpose.SavingsDeposits, LedgerPurpose.TontineSavings, LedgerPurpose.LoanPortfolio, LedgerPurpose.PenaltiesReceivable];
        var ids = await db.LedgerMappings.Where(m => purposes.Contains(m.Purpose)).Select(m => m.GlAccountId)
            .Union(db.DepositProducts.Select(p => p.DepositsGlAccountId))
            .Union(db.LoanProducts.Select(p => p.PortfolioGlAccountId))
            .Union(db.LoanProducts.Select(p => p.PenaltiesReceivableGlAccountId))
            .ToListAsync(ct);
        return ids.ToHashSet();
    }
}
