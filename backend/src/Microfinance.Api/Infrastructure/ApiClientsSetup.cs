namespace Microfinance.Api.Infrastructure;

/// <summary>The API clients' checks on every request (docs/security.md, API clients).</summary>
public static class ApiClientsSetup
{
    public static IServiceCollection AddApiClients(this IServiceCollection services) => services.AddSingleton<ApiClientRateLimiter>();

    /// <summary>After authentication and authorization: the token is validated and the endpoint chosen.</summary>
    public static WebApplication UseApiClientScopes(this WebApplication app)
    {
        app.UseMiddleware<ApiClientScopeMiddleware>();
        return app;
    }
}
