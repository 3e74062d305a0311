using Microfinance.Application.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microfinance.FunctionalTests;

/// <summary>Refresh rotation, reuse detection, logout revocation, lockout.</summary>
public sealed class SessionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Refresh_spends_the_presented_token_and_returns_a_working_pair()
    {
        var first = await app.LoginAsync("supervisor", TestApp.DemoPassword);

        using var refreshed = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await refreshed.ReadAsync<TokenResponse>();
        second.RefreshToken.Should().NotBe(first.RefreshToken);
        second.AccessToken.Should().NotBe(first.AccessToken);
        (await app.WithToken(second.AccessToken).GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var again = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = second.RefreshToken });
        again.StatusCode.Should().Be(HttpStatusCode.OK, "each new refresh token works once");
    }

    [Fact]
    public async Task Presenting_a_spent_refresh_token_is_refused_and_revokes_the_whole_family()
    {
        var stolen = await app.LoginAsync("accountant", TestApp.DemoPassword);
        using var legitimate = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = stolen.RefreshToken });
        var current = await legitimate.ReadAsync<TokenResponse>();

        using var reuse = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = stolen.RefreshToken });
        await reuse.ShouldBeProblemAsync(401, "unauthorized");

        using var afterReuse = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = current.RefreshToken });
        await afterReuse.ShouldBeProblemAsync(401, "unauthorized");

        var other = await app.LoginAsync("accountant", TestApp.DemoPassword);
        using var otherFamily = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = other.RefreshToken });
        otherFamily.StatusCode.Should().Be(HttpStatusCode.OK, "another sign-in is another family");

        var admin = await app.As("sfd.admin");
        var trail = await (await admin.GetAsync("/api/v1/audit?action=RefreshTokenReuseDetected")).JsonAsync();
        trail.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0, "the reuse is on record");
    }

    [Fact]
    public async Task Concurrent_presentations_of_one_refresh_token_yield_at_most_one_new_pair()
    {
        var tokens = await app.LoginAsync("auditor", TestApp.DemoPassword);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken })));

        attempts.Count(r => r.StatusCode == HttpStatusCode.OK).Should().BeLessThanOrEqualTo(1);
        attempts.Count(r => r.StatusCode == HttpStatusCode.Unauthorized).Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_family_and_stops_the_access_token_at_once()
    {
        var tokens = await app.LoginAsync("agent", TestApp.DemoPassword);
        var client = app.WithToken(tokens.AccessToken);
        (await client.GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var logout = await client.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = tokens.RefreshToken });
        logout.StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(401);
        using var refresh = await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        await refresh.ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task A_logout_recorded_by_another_instance_stops_the_access_token_here_within_seconds()
    {
        var tokens = await app.LoginAsync("agent", TestApp.DemoPassword);
        var client = app.WithToken(tokens.AccessToken);
        (await client.GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        // What the other instance's logout leaves in the database; this instance learns it at its next reload.
        await app.ExecuteSqlAsync($"INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ('{TokenId(tokens.AccessToken)}', now() + interval '15 minutes')");
        var refusedWithin = TimeSpan.FromSeconds(15);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/api/v1/auth/me")).StatusCode;
            if (status != HttpStatusCode.Unauthorized) await Task.Delay(200);
        }
        while (status != HttpStatusCode.Unauthorized && watch.Elapsed < refusedWithin);
        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_deny_list_asks_the_database_until_it_is_loaded_and_again_once_its_reloads_are_late()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var denyList = new AccessTokenDenyList(Options.Create(new JwtOptions { DenyListRefreshSeconds = 2 }), clock);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = Guid.NewGuid().ToString("N");
        var after = Guid.NewGuid().ToString("N");
        await app.ExecuteSqlAsync($"INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ('{before}', now() + interval '15 minutes')");

        (await denyList.IsDeniedAsync(before, scope.ServiceProvider, default)).Should().BeTrue("not loaded yet: the database answers");
        await denyList.ReloadAsync(db, default);
        await app.ExecuteSqlAsync($"INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ('{after}', now() + interval '15 minutes')");
        (await denyList.IsDeniedAsync(before, scope.ServiceProvider, default)).Should().BeTrue("the loaded list has it");
        (await denyList.IsDeniedAsync(after, scope.ServiceProvider, default)).Should().BeFalse("fresh: the list answers, until the next reload");

        clock.Advance(TimeSpan.FromSeconds(6));
        (await denyList.IsDeniedAsync(after, scope.ServiceProvider, default)).Should().BeTrue("three periods without a reload: the database answers");

        var local = Guid.NewGuid().ToString("N");
        denyList.DenyHere(local, clock.GetUtcNow().AddMinutes(15));
        await denyList.ReloadAsync(db, default);
        (await denyList.IsDeniedAsync(local, scope.ServiceProvider, default)).Should().BeTrue("a logout on this instance stays refused across reloads");
    }

    private static string TokenId(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.GetProperty("jti").GetString()!;
    }

    [Fact]
    public async Task Logout_requires_a_signed_in_caller()
    {
        using var response = await app.Anonymous().PostJsonAsync("/api/v1/auth/logout", new { refreshToken = "whatever" });
        await response.ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var admin = await app.As("sfd.admin");
        using var created = await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "locked.agent",
            displayName = "Agent Verrouillé",
            role = "Agent",
            password = "Lockme#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var userId = (await created.JsonAsync()).GetProperty("id").GetGuid();

        for (var i = 0; i < 5; i++)
            await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "locked.agent", password = "Wrong#2026" }))
                .ShouldBeProblemAsync(401);

        using var rightPassword = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "locked.agent", password = "Lockme#2026" });
        await rightPassword.ShouldBeProblemAsync(429, "sign_in_locked");
        rightPassword.Headers.RetryAfter.Should().NotBeNull("a locked account is told how long to wait");

        var user = await (await admin.GetAsync($"/api/v1/users/{userId}")).JsonAsync();
        user.GetProperty("lockoutEnd").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(15), TimeSpan.FromMinutes(1));

        // An administrator's password reset lifts the lockout.
        (await admin.PostJsonAsync($"/api/v1/users/{userId}/reset-password", new { newPassword = "Reset#2026x" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "locked.agent", password = "Reset#2026x" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_or_refresh()
    {
        var admin = await app.As("sfd.admin");
        using var created = await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "leaving.agent",
            displayName = "Agent Partant",
            role = "Agent",
            password = "Leave#2026",
        });
        var userId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var tokens = await app.LoginAsync("leaving.agent", "Leave#2026");

        (await admin.PostJsonAsync($"/api/v1/users/{userId}/deactivate")).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "leaving.agent", password = "Leave#2026" }))
            .ShouldBeProblemAsync(401);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }))
            .ShouldBeProblemAsync(401);
    }
}

/// <summary>Its own application, with small limits, so other tests' sign-ins do not count.</summary>
public sealed class RateLimitedApp : TestApp
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["RateLimiting:Login:PermitsPerIp"] = "8",
        ["RateLimiting:Login:PermitsPerUsername"] = "3",
        ["RateLimiting:Login:WindowSeconds"] = "300",
    };
}

public sealed class LoginRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Login_is_limited_per_username_then_per_ip_with_retry_after()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
            (await client.PostJsonAsync("/api/v1/auth/login", new { username = "agent", password = "Wrong#2026" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var limited = await client.PostJsonAsync("/api/v1/auth/login", new { username = "AGENT", password = TestApp.DemoPassword });
        await limited.ShouldBeProblemAsync(429, "too_many_requests");
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 300);

        // Other usernames still pass until the IP's budget (8 in all; 4 were used) runs out.
        for (var i = 0; i < 4; i++)
            (await client.PostJsonAsync("/api/v1/auth/login", new { username = $"user{i}", password = "Wrong#2026" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var ipLimited = await client.PostJsonAsync("/api/v1/auth/login", new { username = "supervisor", password = TestApp.DemoPassword });
        await ipLimited.ShouldBeProblemAsync(429, "too_many_requests");
        ipLimited.Headers.Contains("Retry-After").Should().BeTrue();
    }
}
