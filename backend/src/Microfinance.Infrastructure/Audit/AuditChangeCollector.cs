using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Domain.Ledger;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Microfinance.Infrastructure.Audit;

/// <summary>One entity change seen by a save, waiting to become an audit record when the command commits.</summary>
public sealed record AuditChange(string EntityType, string EntityId, string? Before, string? After);

/// <summary>Scoped: remembers what each save of the current unit of work changed, field by field.</summary>
public sealed class AuditChangeCollector
{
    // Secrets and derived noise never enter the trail. An ID document change shows as a change of its keyed hash.
    private static readonly HashSet<string> IgnoredProperties =
    [
        nameof(User.PasswordHash), nameof(User.SecurityStamp), nameof(User.ConcurrencyStamp),
        nameof(User.NormalizedUserName), nameof(User.NormalizedEmail), nameof(Domain.Clients.Client.IdDocumentNumber),
    ];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly List<AuditChange> _changes = [];

    public IReadOnlyList<AuditChange> Changes => _changes;

    public void Clear() => _changes.Clear();

    public void Capture(IEnumerable<EntityEntry> entries)
    {
        var audited = entries.Where(e => e.Entity is not INotAudited).ToList();
        // A journal entry is written whole and never changes: its lines travel inside its record, not one record each.
        var newEntries = audited.Where(e => e is { Entity: JournalEntry, State: EntityState.Added }).Select(e => ((JournalEntry)e.Entity).Id).ToHashSet();
        var linesOf = audited.Where(e => e is { Entity: JournalLine line, State: EntityState.Added } && newEntries.Contains(line.EntryId))
            .ToLookup(e => ((JournalLine)e.Entity).EntryId);
        foreach (var entry in audited)
        {
            if (entry.Entity is JournalLine line && linesOf.Contains(line.EntryId)) continue;
            var change = Describe(entry, entry.Entity is JournalEntry journalEntry ? linesOf[journalEntry.Id] : []);
            if (change is not null) _changes.Add(change);
        }
    }

    private static AuditChange? Describe(EntityEntry entry, IEnumerable<EntityEntry> lines)
    {
        var properties = Audited(entry);
        var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        var type = entry.Metadata.ClrType.Name;
        switch (entry.State)
        {
            case EntityState.Added:
                var after = Values(properties, p => p.CurrentValue);
                var lineValues = lines.Select(l => Values(Audited(l), p => p.CurrentValue)).ToList();
                if (lineValues.Count > 0) after["lines"] = lineValues;
                return new AuditChange(type, id, null, Serialize(after));
            case EntityState.Deleted:
                return new AuditChange(type, id, Serialize(Values(properties, p => p.OriginalValue)), null);
            default:
                var modified = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                return modified.Count == 0
                    ? null
                    : new AuditChange(type, id, Serialize(Values(modified, p => p.OriginalValue)), Serialize(Values(modified, p => p.CurrentValue)));
        }
    }

    private static List<PropertyEntry> Audited(EntityEntry entry) =>
        entry.Properties.Where(p => !IgnoredProperties.Contains(p.Metadata.Name)).ToList();

    private static Dictionary<string, object?> Values(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        properties.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), value);

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}
