using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>What naming a category and tagging a movement with one check against the institution's categories.</summary>
public sealed class TransactionCategories(IApplicationDbContext db)
{
    /// <summary>No other category of the institution has this name, whatever its case: else 409 <c>category_name_taken</c>.</summary>
    public async Task EnsureNameFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = TransactionCategory.Normalize(name);
        if (await db.TransactionCategories.Where(c => c.NormalizedName == normalized && c.Id != exceptId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            is { } taken)
            throw new ConflictException("category_name_taken", "A category named '{0}' already exists.", taken);
    }

    /// <summary>
    /// The name of the category a movement is tagged with, null for none; a category the institution does not have
    /// (unknown, or another institution's) is a 422 <c>category_unknown</c>.
    /// </summary>
    public async Task<string?> NameOfAsync(Guid? categoryId, CancellationToken ct)
    {
        if (categoryId is not { } id) return null;
        return await db.TransactionCategories.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("category_unknown", "Your institution has no category {0}.", id);
    }
}
