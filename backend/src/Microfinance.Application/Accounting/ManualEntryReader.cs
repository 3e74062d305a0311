using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>Manual entries as the accountants see them: lines with their accounts, journal numbers, users' names.</summary>
public sealed class ManualEntryReader(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<ManualEntryDto> GetAsync(Guid id, CancellationToken ct) =>
        (await DescribeAsync([await db.ManualEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("ManualEntry", id)], ct))[0];

    /// <summary>A new entry from what writing it read and wrote, and its author's name (the caller's): nothing is read back.</summary>
    public static ManualEntryDto DescribeWritten(ManualEntryPostings.Written written, string? authorName)
    {
        var numbers = written.Posted is { } posted ? new Dictionary<Guid, long> { [posted.Id] = posted.Number } : [];
        var names = authorName is null ? new Dictionary<Guid, string>() : new Dictionary<Guid, string> { [written.Entry.CreatedBy] = authorName };
        return Describe(written.Entry, written.Accounts, numbers, names);
    }

    /// <summary>The DTOs of <paramref name="entries"/>, in their order, in three queries whatever their number.</summary>
    public async Task<IReadOnlyList<ManualEntryDto>> DescribeAsync(IReadOnlyList<ManualEntry> entries, CancellationToken ct)
    {
        var accountIds = entries.SelectMany(e => e.Lines).Select(l => l.GlAccountId).Distinct().ToList();
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var entryIds = entries.SelectMany(e => new[] { e.JournalEntryId, e.ReversalEntryId }).OfType<Guid>().ToList();
        var numbers = await db.JournalEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Number, ct);
        var userIds = entries.SelectMany(e => new[] { e.CreatedBy, e.DecidedBy, e.ReversedBy }).OfType<Guid>().Distinct().ToList();
        var names = await identity.GetDisplayNamesAsync(userIds, ct);
        return entries.Select(e => Describe(e, accounts, numbers, names)).ToList();
    }

    private static ManualEntryDto Describe(
        ManualEntry e, IReadOnlyDictionary<Guid, GlAccount> accounts, IReadOnlyDictionary<Guid, long> numbers, IReadOnlyDictionary<Guid, string> names)
    {
        long? Number(Guid? id) => id is { } known ? numbers[known] : null;
        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;
        return new ManualEntryDto
        {
            Id = e.Id,
            ValueDate = e.ValueDate,
            Description = e.Description,
            Reference = e.Reference,
            AttachmentName = e.AttachmentName,
            Amount = e.Amount,
            Status = e.Status,
            Lines = e.Lines.Select(l => new ManualEntryLineDto(l.GlAccountId, accounts[l.GlAccountId].Code, accounts[l.GlAccountId].Name, l.Debit, l.Credit, l.Label)).ToList(),
            CreatedBy = e.CreatedBy,
            CreatedByName = Name(e.CreatedBy),
            CreatedAt = e.CreatedAt,
            DecidedBy = e.DecidedBy,
            DecidedByName = Name(e.DecidedBy),
            DecidedAt = e.DecidedAt,
            RejectionReason = e.RejectionReason,
            JournalEntryId = e.JournalEntryId,
            JournalEntryNumber = Number(e.JournalEntryId),
            ReversalEntryId = e.ReversalEntryId,
            ReversalEntryNumber = Number(e.ReversalEntryId),
            ReversedBy = e.ReversedBy,
            ReversedByName = Name(e.ReversedBy),
            ReversedAt = e.ReversedAt,
            ReversalReason = e.ReversalReason,
        };
    }
}
