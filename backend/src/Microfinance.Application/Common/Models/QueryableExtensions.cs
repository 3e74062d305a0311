using Microfinance.Domain.Common;

namespace Microfinance.Application.Common.Models;

public static class QueryableExtensions
{
    /// <summary>The entity with this id (tracked, in the caller's institution), or a 404 naming <paramref name="what"/>.</summary>
    public static async Task<T> GetAsync<T>(this IQueryable<T> source, Guid id, string what, CancellationToken cancellationToken) where T : Entity =>
        await source.FirstOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException(what, id);
}
