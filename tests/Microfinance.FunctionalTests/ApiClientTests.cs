using System.Net.Http.Headers;
using System.Text;
using Microfinance.Api.Infrastructure;
using Microfinance.Domain.IdentityAccess;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Integrators' API clients end to end: registration by the SfdAdmin, the client-credentials token (form, JSON, Basic),
/// scopes on every endpoint, the trail under the client's name, tenancy, rotation, revocation and the rate limit.
/// </summary>
public sealed class ApiClientTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task A_token_comes_from_a_form_from_json_and_from_basic_credentials()
    {
        var (id, secret) = await RegisterAsync("Form JSON Basic", [ApiScopes.AccountsRead, ApiScopes.DepositsWrite]);

        using var form = await app.Anonymous().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id.ToString(), ["client_secret"] = secret,
        }));
        var token = await form.JsonAsync();
        form.StatusCode.Should().Be(HttpStatusCode.OK, token.ToString());
        token.GetProperty("token_type").GetString().Should().Be("Bearer");
        token.GetProperty("expires_in").GetInt32().Should().Be(900);
        token.GetProperty("scope").GetString().Should().Be("accounts:read deposits:write");
        token.TryGetProperty("refresh_token", out _).Should().BeFalse("client credentials get no refresh token");
        form.Headers.CacheControl!.NoStore.Should().BeTrue();

        using var json = await app.Anonymous().PostJsonAsync("/api/v1/auth/token", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id.ToString(), ["client_secret"] = secret,
        });
        json.StatusCode.Should().Be(HttpStatusCode.OK, await json.Content.ReadAsStringAsync());

        using var basic = await TokenResponseAsync(null, null, "client_credentials", basic: (id.ToString(), secret));
        basic.StatusCode.Should().Be(HttpStatusCode.OK, await basic.Content.ReadAsStringAsync());
        var access = (await basic.JsonAsync()).GetProperty("access_token").GetString()!;
        (await app.WithToken(access).GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK);

        var client = await (await (await app.As("sfd.admin")).GetAsync($"/api/v1/api-clients/{id}")).JsonAsync();
        client.GetProperty("lastUsedAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        client.TryGetProperty("secretHash", out _).Should().BeFalse("the hash never leaves the server");
    }

    [Fact]
    public async Task Refusals_are_oauth_errors_and_problem_details()
    {
        var (id, secret) = await RegisterAsync("Refusals", [ApiScopes.AccountsRead]);

        var wrong = await (await TokenResponseAsync(id.ToString(), secret + "x")).ShouldBeProblemAsync(401, "invalid_client");
        wrong.GetProperty("error").GetString().Should().Be("invalid_client");
        await (await TokenResponseAsync(Guid.NewGuid().ToString(), secret)).ShouldBeProblemAsync(401, "invalid_client");
        using var basicWrong = await TokenResponseAsync(null, null, "client_credentials", basic: (id.ToString(), "nope"));
        await basicWrong.ShouldBeProblemAsync(401, "invalid_client");
        basicWrong.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Basic");

        var grant = await (await TokenResponseAsync(id.ToString(), secret, "password")).ShouldBeProblemAsync(400, "unsupported_grant_type");
        grant.GetProperty("error").GetString().Should().Be("unsupported_grant_type");
        await (await TokenResponseAsync(id.ToString(), secret, grantType: "")).ShouldBeProblemAsync(400, "invalid_request");
        var scope = await (await TokenResponseAsync(id.ToString(), secret, scope: "accounts:read loans:read")).ShouldBeProblemAsync(400, "invalid_scope");
        scope.GetProperty("error").GetString().Should().Be("invalid_scope");
        await (await TokenResponseAsync(id.ToString(), secret, basic: (id.ToString(), secret))).ShouldBeProblemAsync(400, "invalid_request");
        var tooLong = await (await TokenResponseAsync(id.ToString(), new string('s', 200))).ShouldBeProblemAsync(400, "invalid_request");
        tooLong.GetProperty("error_description").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_scope_subset_is_granted_and_a_missing_scope_is_a_403_naming_it()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("APIS"));
        var (id, secret) = await RegisterAsync("Subset", [ApiScopes.AccountsRead, ApiScopes.DepositsWrite]);
        using var subset = await TokenResponseAsync(id.ToString(), secret, scope: "accounts:read");
        var token = await subset.JsonAsync();
        token.GetProperty("scope").GetString().Should().Be("accounts:read");
        var reader = app.WithToken(token.GetProperty("access_token").GetString()!);

        (await reader.GetAsync($"/api/v1/accounts/{account}")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var deposit = await Banking.SendMoneyAsync(reader, $"/api/v1/accounts/{account}/deposits", new { amount = 1000, channel = "MobileMoney" });
        var problem = await deposit.ShouldBeProblemAsync(403, ApiClientScopeMiddleware.InsufficientScope);
        problem.GetProperty("requiredScope").GetString().Should().Be("deposits:write");
        problem.GetProperty("detail").GetString().Should().Contain("deposits:write");
        (await _banking.BalanceAsync(account)).Should().Be(0);

        // Closed to clients whatever their scopes: the staff's own areas.
        await (await reader.GetAsync("/api/v1/users")).ShouldBeProblemAsync(403, ApiClientScopeMiddleware.ClosedToClients);
        await (await reader.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(403, ApiClientScopeMiddleware.ClosedToClients);
    }

    [Fact]
    public async Task A_deposit_by_a_client_moves_the_money_once_and_is_audited_under_its_name()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("APID"));
        var (id, secret) = await RegisterAsync("Kiosque Mobile", [ApiScopes.DepositsWrite]);
        var client = app.WithToken(await TokenAsync(id, secret));

        var key = Guid.NewGuid().ToString();
        using var deposit = await Banking.SendMoneyAsync(client, $"/api/v1/accounts/{account}/deposits", new { amount = 25_000, channel = "MobileMoney" }, key);
        deposit.StatusCode.Should().Be(HttpStatusCode.Created, await deposit.Content.ReadAsStringAsync());
        // An integrator's retry with the same Idempotency-Key replays the answer and moves nothing.
        using var retry = await Banking.SendMoneyAsync(client, $"/api/v1/accounts/{account}/deposits", new { amount = 25_000, channel = "MobileMoney" }, key);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retry.JsonAsync()).GetProperty("id").GetGuid().Should().Be((await deposit.JsonAsync()).GetProperty("id").GetGuid());
        (await _banking.BalanceAsync(account)).Should().Be(25_000);
        (await _banking.VerifyAsync()).ShouldBeOk();

        var auditor = await app.As("auditor");
        var trail = await (await auditor.GetAsync("/api/v1/audit?action=Deposit&pageSize=100")).JsonAsync();
        var record = trail.GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("entityType").GetString() == "DepositAccount" && r.GetProperty("entityId").GetString() == account.ToString());
        record.GetProperty("actorId").GetGuid().Should().Be(id);
        record.GetProperty("actorName").GetString().Should().Be("Client API\u00a0: Kiosque Mobile");
        record.GetProperty("actorUsername").GetString().Should().Be("api-client: Kiosque Mobile");
    }

    [Fact]
    public async Task Every_call_of_a_client_reads_and_refusals_included_is_in_the_trail_under_its_name()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("APIR"));
        var (id, secret) = await RegisterAsync("Lecteur Comptes", [ApiScopes.AccountsRead], rateLimitPerMinute: 3);
        var client = app.WithToken(await TokenAsync(id, secret));

        (await client.GetAsync($"/api/v1/accounts/{account}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await client.GetAsync("/api/v1/users?page=2")).ShouldBeProblemAsync(403, ApiClientScopeMiddleware.ClosedToClients);
        (await client.GetAsync("/api/v1/accounts?search=Awa")).StatusCode.Should().Be(HttpStatusCode.OK);
        // Refused by the rate limit: not recorded, or a flood would write to the trail as fast as it is refused.
        await (await client.GetAsync("/api/v1/accounts")).ShouldBeProblemAsync(429, ApiClientScopeMiddleware.RateLimited);

        var auditor = await app.As("auditor");
        var calls = (await (await auditor.GetAsync($"/api/v1/audit?actorId={id}&includeSignIns=true&pageSize=100")).JsonAsync())
            .GetProperty("items").EnumerateArray().Reverse().ToList();
        calls.Select(c => c.GetProperty("action").GetString()).Should().Equal("IssueClientToken", "AuditApiClientCall", "AuditApiClientCall", "AuditApiClientCall");
        calls = calls[1..];
        calls.Should().AllSatisfy(c =>
        {
            c.GetProperty("actorName").GetString().Should().Be("Client API\u00a0: Lecteur Comptes");
            c.GetProperty("actionLabel").GetString().Should().Be("Appel d'un client API");
            c.GetProperty("isSignIn").GetBoolean().Should().BeTrue();
        });
        var details = calls.Select(c => JsonDocument.Parse(c.GetProperty("after").GetString()!).RootElement).ToList();
        details.Select(d => (d.GetProperty("method").GetString(), d.GetProperty("route").GetString(), d.GetProperty("path").GetString(), d.GetProperty("status").GetInt32()))
            .Should().Equal(
                ("GET", "/api/v1/accounts/{id:guid}", $"/api/v1/accounts/{account}", 200),
                ("GET", "/api/v1/users/", "/api/v1/users?page=2", 403),
                ("GET", "/api/v1/accounts/", "/api/v1/accounts?search=Awa", 200));

        // Many and about who reached the system, not what changed: out of the default list, as sign-ins are.
        (await (await auditor.GetAsync($"/api/v1/audit?actorId={id}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await (await auditor.GetAsync("/api/v1/audit/verify")).JsonAsync()).GetProperty("ok").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_client_sees_only_its_own_institution()
    {
        var accountOfA = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("APIT"));
        var platform = await app.As("platform.admin");
        var code = $"K{Guid.NewGuid():N}"[..10];
        (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin K", adminPassword = "Voisin#2026",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Voisin#2026");
        var (id, secret) = await RegisterAsync("Voisin", [ApiScopes.AccountsRead, ApiScopes.DepositsWrite], admin: adminB);
        var clientOfB = app.WithToken(await TokenAsync(id, secret));

        await (await clientOfB.GetAsync($"/api/v1/accounts/{accountOfA}")).ShouldBeProblemAsync(404, "not_found");
        using var deposit = await Banking.SendMoneyAsync(clientOfB, $"/api/v1/accounts/{accountOfA}/deposits", new { amount = 1000, channel = "MobileMoney" });
        await deposit.ShouldBeProblemAsync(404);
        (await (await clientOfB.GetAsync("/api/v1/accounts")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        // Nor does A's administrator see B's client.
        await (await (await app.As("sfd.admin")).GetAsync($"/api/v1/api-clients/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Rotation_refuses_the_old_secret_and_revocation_refuses_the_tokens_already_issued()
    {
        var admin = await app.As("sfd.admin");
        var (id, secret) = await RegisterAsync("Rotation", [ApiScopes.AccountsRead]);

        using var rotated = await admin.PostJsonAsync($"/api/v1/api-clients/{id}/rotate-secret");
        rotated.StatusCode.Should().Be(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var newSecret = (await rotated.JsonAsync()).GetProperty("clientSecret").GetString()!;
        newSecret.Should().NotBe(secret);
        await (await TokenResponseAsync(id.ToString(), secret)).ShouldBeProblemAsync(401, "invalid_client");
        var client = app.WithToken(await TokenAsync(id, newSecret));
        (await client.GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.PostJsonAsync($"/api/v1/api-clients/{id}/revoke")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a revoked client's tokens are refused at once");
        await (await TokenResponseAsync(id.ToString(), newSecret)).ShouldBeProblemAsync(401, "invalid_client");
        await (await admin.PostJsonAsync($"/api/v1/api-clients/{id}/rotate-secret")).ShouldBeProblemAsync(422, "api_client_revoked");

        var auditor = await app.As("auditor");
        var trail = await (await auditor.GetAsync($"/api/v1/audit?entityType=ApiClient&entityId={id}&pageSize=50")).JsonAsync();
        var actions = trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        actions.Should().Contain(["RegisterApiClient", "RotateApiClientSecret", "RevokeApiClient"]);
        trail.ToString().Should().NotContain(secret).And.NotContain(newSecret).And.NotContain("secretHash");
    }

    [Fact]
    public async Task Each_client_has_its_own_rate_limit_answered_by_a_429_with_retry_after()
    {
        var (id, secret) = await RegisterAsync("Limited", [ApiScopes.AccountsRead], rateLimitPerMinute: 2);
        var (otherId, otherSecret) = await RegisterAsync("Unlimited", [ApiScopes.AccountsRead]);
        var limited = app.WithToken(await TokenAsync(id, secret));
        var other = app.WithToken(await TokenAsync(otherId, otherSecret));

        (await limited.GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await limited.GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var third = await limited.GetAsync("/api/v1/accounts");
        await third.ShouldBeProblemAsync(429, ApiClientScopeMiddleware.RateLimited);
        third.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await other.GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK, "another client has its own window");
        (await (await app.As("agent")).GetAsync("/api/v1/accounts")).StatusCode.Should().Be(HttpStatusCode.OK, "staff are not counted");
    }

    [Fact]
    public async Task Registration_validates_its_fields_and_belongs_to_the_sfd_admin()
    {
        var admin = await app.As("sfd.admin");
        var invalid = await (await admin.PostJsonAsync("/api/v1/api-clients", new { name = "", scopes = new[] { "clients:read", "everything" }, rateLimitPerMinute = 0 }))
            .ShouldBeProblemAsync(400, "validation_failed");
        invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(["name", "scopes[1]", "rateLimitPerMinute"]);
        var none = await (await admin.PostJsonAsync("/api/v1/api-clients", new { name = "Sans portée", scopes = Array.Empty<string>() })).ShouldBeProblemAsync(400);
        none.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain("scopes");
        await (await admin.PostJsonAsync("/api/v1/api-clients", new { name = "Twice", scopes = new[] { "clients:read", "clients:read" } })).ShouldBeProblemAsync(400);

        await RegisterAsync("Unique", [ApiScopes.ClientsRead]);
        await (await admin.PostJsonAsync("/api/v1/api-clients", new { name = "Unique", scopes = new[] { "clients:read" } })).ShouldBeProblemAsync(409, "api_client_name_taken");

        await (await (await app.As("agent")).PostJsonAsync("/api/v1/api-clients", new { name = "Agent's", scopes = new[] { "clients:read" } })).ShouldBeProblemAsync(403);
        var auditor = await app.As("auditor");
        await (await auditor.PostJsonAsync("/api/v1/api-clients", new { name = "Auditor's", scopes = new[] { "clients:read" } })).ShouldBeProblemAsync(403);
        var listed = await (await auditor.GetAsync("/api/v1/api-clients?search=unique")).JsonAsync();
        listed.GetProperty("items").EnumerateArray().Single().GetProperty("rateLimitPerMinute").GetInt32().Should().Be(120, "the configured default");
    }

    [Fact]
    public async Task Reports_read_acts_as_a_read_only_auditor_of_the_institution()
    {
        var (id, secret) = await RegisterAsync("Reporting", [ApiScopes.ReportsRead]);
        var client = app.WithToken(await TokenAsync(id, secret));
        (await client.GetAsync("/api/v1/reports")).StatusCode.Should().Be(HttpStatusCode.OK);
        var dashboard = await (await client.GetAsync("/api/v1/dashboard")).JsonAsync();
        dashboard.GetProperty("auditor").ValueKind.Should().Be(JsonValueKind.Object);
    }

    /// <summary>
    /// Every endpoint behind authentication, enumerated from the running application: one that declares a scope refuses a
    /// token holding every other scope (403 naming it), one that declares none refuses a token holding every scope. So an
    /// endpoint added without a scope is closed to API clients, never silently open.
    /// </summary>
    [Fact]
    public async Task Every_endpoint_requires_a_scope_or_refuses_client_tokens()
    {
        var (id, secret) = await RegisterAsync("Coverage", [.. ApiScopes.All], rateLimitPerMinute: 6000);
        var all = app.WithToken(await TokenAsync(id, secret));
        var without = new Dictionary<string, HttpClient>();
        foreach (var scope in ApiScopes.All)
            without[scope] = app.WithToken(await TokenAsync(id, secret, string.Join(' ', ApiScopes.All.Where(s => s != scope))));

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        endpoints.Count.Should().BeGreaterThan(150);
        var scoped = 0;
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
        {
            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                    parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.NewGuid().ToString() : "x",
                _ => "",
            }))));
            var required = endpoint.Metadata.GetMetadata<RequiredScopeMetadata>()?.Scope;
            if (required is not null) scoped++;
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = BodyFor(endpoint) };
            using var response = await (required is null ? all : without[required]).SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var expected = required is null ? ApiClientScopeMiddleware.ClosedToClients : ApiClientScopeMiddleware.InsufficientScope;
            if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains($"\"code\":\"{expected}\"")
                || (required is not null && !body.Contains($"\"requiredScope\":\"{required}\"")))
                failures.Add($"{method} {url} ({required ?? "no scope"}): {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
        }

        failures.Should().BeEmpty();
        scoped.Should().BeGreaterThan(40, "the integrators' operations are open to the scopes that name them");
    }

    /// <summary>A body of the media type the endpoint accepts: routing answers 415 for any other before any check runs.</summary>
    private static HttpContent BodyFor(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() switch
        {
            "application/x-www-form-urlencoded" => new FormUrlEncodedContent([]),
            { } type when type != "application/json" => new StringContent("x", Encoding.UTF8, type),
            _ => new StringContent("{}", Encoding.UTF8, "application/json"),
        };

    private async Task<(Guid Id, string Secret)> RegisterAsync(string name, string[] scopes, int? rateLimitPerMinute = null, HttpClient? admin = null)
    {
        admin ??= await app.As("sfd.admin");
        using var response = await admin.PostJsonAsync("/api/v1/api-clients", new { name, scopes, rateLimitPerMinute });
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body.ToString());
        response.Headers.Location!.ToString().Should().EndWith(body.GetProperty("client").GetProperty("id").GetString());
        return (body.GetProperty("client").GetProperty("id").GetGuid(), body.GetProperty("clientSecret").GetString()!);
    }

    private async Task<string> TokenAsync(Guid id, string secret, string? scope = null)
    {
        using var response = await TokenResponseAsync(id.ToString(), secret, scope: scope);
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private Task<HttpResponseMessage> TokenResponseAsync(string? id, string? secret, string grantType = "client_credentials", string? scope = null,
        (string Id, string Secret)? basic = null)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = grantType };
        if (id is not null) fields["client_id"] = id;
        if (secret is not null) fields["client_secret"] = secret;
        if (scope is not null) fields["scope"] = scope;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = new FormUrlEncodedContent(fields) };
        if (basic is { } credentials)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(credentials.Id)}:{Uri.EscapeDataString(credentials.Secret)}")));
        return app.Anonymous().SendAsync(request);
    }
}
