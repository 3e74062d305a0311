using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Domain.Audit;
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
        foreach (var entry in entries)
        {
            if (entry.Entity is INotAudited) continue;
            var change = Describe(entry);
            if (change is not null) _changes.Add(change);
        }
    }

    private static AuditChange? Describe(EntityEntry entry)
    {
        var properties = entry.Properties.Where(p => !IgnoredProperties.Contains(p.Metadata.Name)).ToList();
        var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        var type = entry.Metadata.ClrType.Name;
        switch (entry.State)
        {
            case EntityState.Added:
                return new AuditChange(type, id, null, Serialize(properties, p => p.CurrentValue));
            case EntityState.Deleted:
                return new AuditChange(type, id, Serialize(properties, p => p.OriginalValue), null);
            default:
                var modified = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                return modified.Count == 0
                    ? null
                    : new AuditChange(type, id, Serialize(modified, p => p.OriginalValue), Serialize(modified, p => p.CurrentValue));
        }
    }

    private static string Serialize(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), value), Json);
}
