namespace Microfinance.Application.IdentityAccess.Commands.IssueClientToken;

/// <summary>
/// The OAuth 2.0 client-credentials grant (RFC 6749 §4.4): a client authenticates with its id and secret and gets an
/// access token for the scopes asked (all of its scopes when <paramref name="Scope"/> is empty, space-separated otherwise).
/// </summary>
public sealed record IssueClientTokenCommand(string ClientId, string ClientSecret, string? Scope = null) : ICommand<ClientTokenResult>;
