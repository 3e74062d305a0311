using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MediatR;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Localization;
using Microfinance.Application.IdentityAccess;
using Microfinance.Application.IdentityAccess.Commands.IssueClientToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// The OAuth 2.0 client-credentials grant over HTTP (RFC 6749 §4.4): reads the request (form, JSON, Basic), sends the
/// use case and answers RFC 6749 §5.1. A refusal is an RFC 6749 §5.2 error and an RFC 9457 problem detail at once: the
/// OAuth <c>error</c> and <c>error_description</c> members that client libraries read, beside <c>code</c>, <c>title</c>
/// and <c>detail</c>.
/// </summary>
public static class ClientCredentialsGrant
{
    private const string ClientCredentials = "client_credentials";

    public static async Task<Results<Ok<ClientTokenResponse>, ProblemHttpResult>> HandleAsync(
        HttpContext http, IMediator mediator, IOptions<JsonOptions> json, CancellationToken ct)
    {
        // RFC 6749 §5.1: token answers, refusals included, are never cached.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";

        var request = await ReadAsync(http.Request, json.Value.SerializerOptions, ct);
        if (request is null)
            return OAuthError(400, "invalid_request", "Send grant_type, client_id and client_secret as a form or as JSON.");
        var basic = BasicCredentials(http.Request);
        if (basic is { Malformed: true } || (basic is not null && (request.ClientId is not null || request.ClientSecret is not null)))
            return OAuthError(400, "invalid_request", "Send the client's credentials either in the Basic header or in the body, once.");
        if (string.IsNullOrWhiteSpace(request.GrantType))
            return OAuthError(400, "invalid_request", "grant_type is required.");
        if (request.GrantType != ClientCredentials)
            return OAuthError(400, "unsupported_grant_type", "Only the client_credentials grant is supported.");

        var (clientId, secret) = basic is { } b ? (b.ClientId, b.Secret) : (request.ClientId, request.ClientSecret);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
            return Unauthenticated(http, basic is not null);
        ClientTokenResult result;
        try
        {
            result = await mediator.Send(new IssueClientTokenCommand(clientId, secret, request.Scope), ct);
        }
        catch (ValidationException e)
        {
            // Too long a field: still an OAuth error, its messages (already in the reader's language) as the description.
            return OAuthError(400, "invalid_request", string.Join(" ", e.Errors.Values.SelectMany(m => m)), translate: false);
        }
        return result switch
        {
            { Token: { } token } => TypedResults.Ok(token),
            { Error: ClientTokenResult.InvalidScope } => OAuthError(400, ClientTokenResult.InvalidScope, "The scope asked is not one of the client's scopes."),
            _ => Unauthenticated(http, basic is not null),
        };
    }

    private static async Task<ClientTokenRequest?> ReadAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken ct)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                return new ClientTokenRequest(Field(form, "grant_type"), Field(form, "client_id"), Field(form, "client_secret"), Field(form, "scope"));
            }
            return request.HasJsonContentType() ? await request.ReadFromJsonAsync<ClientTokenRequest>(options, ct) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }

        static string? Field(IFormCollection form, string name) => form.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;
    }

    private sealed record Basic(string? ClientId, string? Secret, bool Malformed);

    /// <summary>RFC 6749 §2.3.1: <c>Basic base64(urlencode(id):urlencode(secret))</c>; null when no Basic header was sent.</summary>
    private static Basic? BasicCredentials(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter ?? ""));
            var colon = pair.IndexOf(':');
            return colon < 0 ? new Basic(null, null, true) : new Basic(Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]), false);
        }
        catch (FormatException)
        {
            return new Basic(null, null, true);
        }
    }

    /// <summary>401 <c>invalid_client</c>, with the Basic challenge RFC 6749 §5.2 asks for when the client used that header.</summary>
    private static ProblemHttpResult Unauthenticated(HttpContext http, bool usedBasic)
    {
        if (usedBasic) http.Response.Headers.WWWAuthenticate = "Basic realm=\"microfinance\"";
        return OAuthError(401, ClientTokenResult.InvalidClient, "Unknown client, wrong secret, or a revoked client.");
    }

    private static ProblemHttpResult OAuthError(int status, string error, string description, bool translate = true)
    {
        var detail = translate ? Localizer.Format(description, []) : description;
        return TypedResults.Problem(statusCode: status, title: Localizer.Format(status == 401 ? "Authentication failed." : "The request is invalid.", []),
            detail: detail, extensions: new Dictionary<string, object?> { ["code"] = error, ["error"] = error, ["error_description"] = detail });
    }
}
