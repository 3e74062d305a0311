using Microfinance.Application.Common.Money;
using Microfinance.Application.Common.Observability;
using Microfinance.Application.Treasury;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Accounting;

/// <summary>Writes journal entries for the institution in scope; the caller saves them with its business change.</summary>
public sealed class LedgerPoster(
    IApplicationDbContext db, ILedgerRows rows, InstitutionProfile institution, ReferenceDataCache cache, ITenantContext tenant, ICurrentUser user, TimeProvider clock,
    ClosedPeriods periods, CashDrawers drawers, PostedOperations posted)
{
    public async Task<JournalEntry> PostAsync(
        DateOnly valueDate, string description, JournalSource source, IEnumerable<JournalLine> lines, CancellationToken cancellationToken)
    {
        var profile = await institution.CurrentAsync(cancellationToken);
        await periods.EnsureOpenAsync(valueDate, profile.Today(clock.GetUtcNow()), cancellationToken);
        var entry = new JournalEntry(profile.Id, valueDate, clock.GetUtcNow(), description, source, user.UserId, lines, profile.CurrencyCode);
        if (profile.CashNeedsOpenDrawer) await drawers.EnsureOpenForAsync(entry, await AccountForAsync(LedgerPurpose.Cash, cancellationToken), cancellationToken);
        rows.Add(entry);
        posted.Add(source);
        return entry;
    }

    /// <summary>
    /// Posts the entry that mirrors <paramref name="entryId"/>, valued today unless <paramref name="valueDate"/> says otherwise;
    /// the caller saves it with its business change.
    /// </summary>
    public async Task<JournalEntry> ReverseAsync(Guid entryId, string reason, CancellationToken cancellationToken, DateOnly? valueDate = null)
    {
        var original = await db.JournalEntries.AsNoTracking().Include(e => e.Lines).FirstAsync(e => e.Id == entryId, cancellationToken);
        var profile = await institution.CurrentAsync(cancellationToken);
        var today = profile.Today(clock.GetUtcNow());
        await periods.EnsureOpenAsync(valueDate ?? today, today, cancellationToken);
        var reversal = original.Reverse(valueDate ?? today, clock.GetUtcNow(), reason, user.UserId, profile.CurrencyCode);
        if (profile.CashNeedsOpenDrawer) await drawers.EnsureOpenForAsync(reversal, await AccountForAsync(LedgerPurpose.Cash, cancellationToken), cancellationToken);
        rows.Add(reversal);
        return reversal;
    }

    /// <summary>The GL account an institution maps to a purpose (the cash box, the mobile-money float, …).</summary>
    public async Task<Guid> AccountForAsync(LedgerPurpose purpose, CancellationToken cancellationToken)
    {
        var institutionId = tenant.RequiredInstitutionId;
        var mappings = await cache.GetAsync(institutionId, institutionId,
            ct => db.LedgerMappings.AsNoTracking().ToDictionaryAsync(m => m.Purpose, m => m.GlAccountId, ct), cancellationToken);
        return mappings.TryGetValue(purpose, out var id)
            ? id
            : throw new InvalidOperationException($"The institution has no GL account mapped for {purpose}.");
    }

    public Task<Guid> AccountForAsync(Channel channel, CancellationToken cancellationToken) => AccountForAsync(channel switch
    {
        Channel.Cash => LedgerPurpose.Cash,
        Channel.MobileMoney => LedgerPurpose.MobileMoney,
        Channel.BankTransfer => LedgerPurpose.Bank,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    }, cancellationToken);
}
