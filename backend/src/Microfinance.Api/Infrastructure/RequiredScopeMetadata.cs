namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Endpoint metadata: the scope an API client's token must carry to call the endpoint. An endpoint without it is closed
/// to API clients (<see cref="ApiClientScopeMiddleware"/>); staff users are not concerned, their roles apply.
/// </summary>
public sealed record RequiredScopeMetadata(string Scope);
