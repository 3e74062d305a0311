using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Payments;
using Microfinance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Microfinance.Infrastructure.Audit;

/// <summary>Scoped: remembers what each save of the current unit of work changed, field by field.</summary>
public sealed class AuditChangeCollector
{
    /// <summary>Secrets and derived noise never enter the trail. An ID document change shows as a change of its keyed hash.</summary>
    public static readonly IReadOnlySet<string> IgnoredProperties = new HashSet<string>
    {
        nameof(User.PasswordHash), nameof(User.SecurityStamp), nameof(User.ConcurrencyStamp),
        nameof(User.NormalizedUserName), nameof(User.NormalizedEmail), nameof(Domain.Clients.Client.IdDocumentNumber),
        nameof(Domain.IdentityAccess.ApiClient.SecretHash),
    };

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
        // Lines written with their parent and never changed — a journal entry's, a payment's history — travel inside
        // the parent's record, not one record each.
        var parents = audited.Where(e => e is { Entity: JournalEntry or PaymentIntent, State: EntityState.Added or EntityState.Modified })
            .Select(e => ((Entity)e.Entity).Id).ToHashSet();
        var linesOf = audited.Where(e => e.State == EntityState.Added && ParentOf(e.Entity) is { } parent && parents.Contains(parent))
            .ToLookup(e => ParentOf(e.Entity)!.Value);
        foreach (var entry in audited)
        {
            if (ParentOf(entry.Entity) is { } parent && linesOf.Contains(parent)) continue;
            Describe(entry, entry.Entity is Entity { Id: var id } ? linesOf[id] : []);
        }
    }

    private static Guid? ParentOf(object entity) => entity switch
    {
        JournalLine line => line.EntryId,
        PaymentEvent line => line.PaymentIntentId,
        _ => null,
    };

    /// <summary>A row written by hand (<see cref="Data.LedgerRows"/>), created with these values, a journal entry with its lines.</summary>
    internal void Created(IEntityType type, string id, IEnumerable<(IProperty Property, object? Value)> values,
        IEnumerable<IEnumerable<(IProperty Property, object? Value)>> lines) =>
        _changes.Add(new AuditChange(type.ClrType.Name, id, null, Serialize(Values(values, lines))));

    /// <summary>A row whose columns changed from → to, with the lines added to it (a payment's history).</summary>
    internal void Changed(IEntityType type, string id, IReadOnlyList<(IProperty Property, object? Before, object? After)> changes,
        IEnumerable<IEnumerable<(IProperty Property, object? Value)>> lines)
    {
        var after = Values(changes.Select(c => (c.Property, c.After)), lines);
        if (after.Count == 0) return;
        _changes.Add(new AuditChange(type.ClrType.Name, id, Serialize(Values(changes.Select(c => (c.Property, c.Before)), [])), Serialize(after)));
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
                    .Select(p => (p.Metadata, p.OriginalValue, p.CurrentValue)).ToList(), lines.Select(Current));
                break;
        }
    }

    private static IEnumerable<(IProperty, object?)> Current(EntityEntry entry) => entry.Properties.Select(p => (p.Metadata, p.CurrentValue));

    /// <summary>camelCase name → value, secrets left out; a journal entry's lines, or a payment's new history, under "lines".</summary>
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
