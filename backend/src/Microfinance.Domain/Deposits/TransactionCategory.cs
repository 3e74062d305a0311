using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// A label an institution gives movements (<i>catégorie de mouvements</i>: "Épargne scolaire", "Commerce"). Its name is
/// unique in the institution whatever its case; movements keep it by id, so a rename shows on their whole history.
/// </summary>
public sealed class TransactionCategory : Entity, ITenantOwned
{
    public const int NameMaxLength = 60;

    private TransactionCategory() { }

    public TransactionCategory(Guid institutionId, string name, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Rename(name);
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name as compared for uniqueness: trimmed and lower-cased (a unique index holds it).</summary>
    public string NormalizedName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Normalize(name);
    }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
