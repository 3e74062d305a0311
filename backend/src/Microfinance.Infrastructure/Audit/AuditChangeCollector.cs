using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Domain.Accounting;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Microfinance.Infrastructure.Audit;

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
            Describe(entry, entry.Entity is JournalEntry journalEntry ? linesOf[journalEntry.Id] : []);
        }
    }

    /// <summary>A row written by hand (<see cref="Data.LedgerRows"/>), created with these values, a journal entry with its lines.</summary>
    internal void Created(IEntityType type, string id, IEnumerable<(IProperty Property, object? Value)> values,
        IEnumerable<IEnumerable<(IProperty Property, object? Value)>> lines) =>
        _changes.Add(new AuditChange(type.ClrType.Name, id, null, Serialize(Values(values, lines))));

    /// <summary>A row written by hand whose columns changed from → to.</summary>
    internal void Changed(IEntityType type, string id, IReadOnlyList<(IProperty Property, object? Before, object? After)> changes)
    {
        if (changes.Count == 0) return;
        _changes.Add(new AuditChange(type.ClrType.Name, id, Serialize(Values(changes.Select(c => (c.Property, c.Before)), [])),
            Serialize(Values(changes.Select(c => (c.Property, c.After)), []))));
    }

    private void Describe(EntityEntry entry, IEnumerable<EntityEntry> lines)
    {
        var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        switch (entry.State)
        {
            case EntityState.Added:
                Created(entry.Metadata, id, Current(entry), lines.Select(Current));
                break;
            case EntityState.Deleted:
                var before = Values(entry.Properties.Select(p => (p.Metadata, p.OriginalValue)), []);
                _changes.Add(new AuditChange(entry.Metadata.ClrType.Name, id, Serialize(before), null));
                break;
            default:
                Changed(entry.Metadata, id, entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                    .Select(p => (p.Metadata, p.OriginalValue, p.CurrentValue)).ToList());
                break;
        }
    }

    private static IEnumerable<(IProperty, object?)> Current(EntityEntry entry) => entry.Properties.Select(p => (p.Metadata, p.CurrentValue));

    /// <summary>camelCase name → value, secrets left out; a journal entry's lines under "lines".</summary>
    private static Dictionary<string, object?> Values(IEnumerable<(IProperty Property, object? Value)> values,
        IEnumerable<IEnumerable<(IProperty Property, object? Value)>> lines)
    {
        var result = values.Where(v => !IgnoredProperties.Contains(v.Property.Name))
            .ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.Property.Name), v => v.Value);
        var lineValues = lines.Select(l => Values(l, [])).ToList();
        if (lineValues.Count > 0) result["lines"] = lineValues;
        return result;
    }

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}
