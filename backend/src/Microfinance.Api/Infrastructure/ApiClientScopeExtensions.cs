using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Api.Infrastructure;

public static class ApiClientScopeExtensions
{
    /// <summary>Opens the endpoint (or every endpoint of a group) to API clients holding <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiScopes.IsKnown(scope)) throw new ArgumentException($"'{scope}' is not in ApiScopes.All.", nameof(scope));
        return builder.WithMetadata(new RequiredScopeMetadata(scope));
    }
}
