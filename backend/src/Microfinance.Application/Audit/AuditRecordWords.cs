using System.Text.Json;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Audit;

/// <summary>
/// Puts records into a reader's words: the action and entity type labelled (<see cref="AuditCatalogue"/>), the actor's
/// display name, and the entity's name: as the record itself carries it, the name at the time of the record (a
/// creation, a deletion, a rename: <see cref="RecordedName"/>), otherwise as people know it today (a client's name, an
/// account's or a loan's number…). Today's names are read per page: one query per entity type on the page plus one for
/// the people, never one per record.
/// </summary>
public sealed class AuditRecordWords(IApplicationDbContext db, IIdentityService identity)
{
    /// <summary>The trail records a user's entity type by its class name, which lives in Infrastructure.</summary>
    private const string UserType = "User";

    public async Task ApplyAsync(IReadOnlyList<AuditRecordDto> records, CancellationToken cancellationToken)
    {
        var idsByType = records.Where(r => r.EntityType is not null)
            .GroupBy(r => r.EntityType!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => Guid.TryParse(r.EntityId, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).Distinct().ToList(), StringComparer.Ordinal);
        var people = records.Select(r => r.ActorId).OfType<Guid>().Concat(idsByType.GetValueOrDefault(UserType) ?? []).Distinct().ToList();
        var peopleNames = people.Count == 0 ? new Dictionary<Guid, string>() : await identity.GetDisplayNamesAsync(people, cancellationToken);

        var names = new Dictionary<string, IReadOnlyDictionary<Guid, string>>(StringComparer.Ordinal) { [UserType] = peopleNames };
        foreach (var (type, ids) in idsByType)
            if (ids.Count > 0 && type != UserType && Names(type, ids) is { } query)
                names[type] = await query.ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);

        foreach (var record in records)
        {
            record.ActionLabel = AuditCatalogue.ActionLabel(record.Action);
            record.IsSignIn = AuditCatalogue.IsSignIn(record.Action);
            record.EntityTypeLabel = AuditCatalogue.EntityTypeLabel(record.EntityType);
            record.ActorName = record.ActorId is { } actor ? peopleNames.GetValueOrDefault(actor) : null;
            record.EntityName = RecordedName(record)
                ?? (record.EntityType is { } type && names.TryGetValue(type, out var known) && Guid.TryParse(record.EntityId, out var id)
                    ? known.GetValueOrDefault(id)
                    : null);
        }
    }

    /// <summary>
    /// The entity's name as the record carries it — after the change, or before a deletion — when it holds every field
    /// of the name (a branch's or a product's name, a client's first and last names and number, a GL account's code and
    /// name, an account's or a loan's number, a user's display name); null otherwise (an update of other fields, a
    /// client's last name alone), and the name of today is shown.
    /// </summary>
    private static string? RecordedName(AuditRecordDto record)
    {
        if ((record.After ?? record.Before) is not { } json || record.EntityType is not { } type) return null;
        JsonElement fields;
        try
        {
            using var document = JsonDocument.Parse(json);
            fields = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
        if (fields.ValueKind != JsonValueKind.Object) return null;
        string? Text(string field) => fields.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return type switch
        {
            nameof(Client) => Text("firstName") is { } first && Text("lastName") is { } last && Text("number") is { } number ? $"{first} {last} ({number})" : null,
            nameof(DepositAccount) or nameof(Loan) => Text("number"),
            nameof(Branch) or nameof(Institution) or nameof(DepositProduct) or nameof(LoanProduct) or nameof(PaymentProvider) => Text("name"),
            nameof(GlAccount) => Text("code") is { } code && Text("name") is { } name ? $"{code} {name}" : null,
            UserType => Text("displayName"),
            _ => null,
        };
    }

    /// <summary>The query naming entities of a type, or null for a type that has no name of its own (a journal line…).</summary>
    private IQueryable<NamedEntity>? Names(string type, List<Guid> ids) => type switch
    {
        nameof(Client) => db.Clients.Where(c => ids.Contains(c.Id)).Select(c => new NamedEntity { Id = c.Id, Name = c.FirstName + " " + c.LastName + " (" + c.Number + ")" }),
        nameof(DepositAccount) => db.DepositAccounts.Where(a => ids.Contains(a.Id)).Select(a => new NamedEntity { Id = a.Id, Name = a.Number }),
        nameof(Loan) => db.Loans.Where(l => ids.Contains(l.Id)).Select(l => new NamedEntity { Id = l.Id, Name = l.Number }),
        nameof(Branch) => db.Branches.Where(b => ids.Contains(b.Id)).Select(b => new NamedEntity { Id = b.Id, Name = b.Name }),
        nameof(Institution) => db.Institutions.Where(i => ids.Contains(i.Id)).Select(i => new NamedEntity { Id = i.Id, Name = i.Name }),
        nameof(JournalEntry) => db.JournalEntries.Where(e => ids.Contains(e.Id)).Select(e => new NamedEntity { Id = e.Id, Name = "#" + e.Number }),
        nameof(GlAccount) => db.GlAccounts.Where(g => ids.Contains(g.Id)).Select(g => new NamedEntity { Id = g.Id, Name = g.Code + " " + g.Name }),
        nameof(DepositProduct) => db.DepositProducts.Where(p => ids.Contains(p.Id)).Select(p => new NamedEntity { Id = p.Id, Name = p.Name }),
        nameof(LoanProduct) => db.LoanProducts.Where(p => ids.Contains(p.Id)).Select(p => new NamedEntity { Id = p.Id, Name = p.Name }),
        nameof(PaymentProvider) => db.PaymentProviders.Where(p => ids.Contains(p.Id)).Select(p => new NamedEntity { Id = p.Id, Name = p.Name }),
        // A movement, a withdrawal request, a repayment: named by the account or loan they belong to.
        nameof(AccountTransaction) => db.AccountTransactions.Where(t => ids.Contains(t.Id))
            .Join(db.DepositAccounts, t => t.AccountId, a => a.Id, (t, a) => new NamedEntity { Id = t.Id, Name = a.Number }),
        nameof(WithdrawalRequest) => db.WithdrawalRequests.Where(w => ids.Contains(w.Id))
            .Join(db.DepositAccounts, w => w.AccountId, a => a.Id, (w, a) => new NamedEntity { Id = w.Id, Name = a.Number }),
        nameof(LoanRepayment) => db.LoanRepayments.Where(r => ids.Contains(r.Id))
            .Join(db.Loans, r => r.LoanId, l => l.Id, (r, l) => new NamedEntity { Id = r.Id, Name = l.Number }),
        _ => null,
    };

    private sealed class NamedEntity
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
    }
}
