using System.Diagnostics;
using Npgsql;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Two instances of the API on one database, as behind the load balancer of docker-compose.yml: the requests of one
/// race split over both and still meet in the database — the balance, the idempotency keys, the deny-list of logged-out
/// tokens and the sign-in lockout are the database's, never one instance's memory. (The scheduled jobs firing once
/// across instances are proved with the job scheduler.)
/// </summary>
public sealed class SeveralInstancesTests(TwoInstancesApp app) : IClassFixture<TwoInstancesApp>
{
    private readonly Banking _banking = new(app);

    private HttpClient[] Instances(string accessToken) => [app.WithToken(accessToken), app.OnSecond(accessToken)];

    [Fact]
    public async Task Fifty_concurrent_withdrawals_split_across_two_instances_leave_the_exact_balance()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("INST2W"));
        await _banking.DepositAsync(account, 20 * 1_500);
        var instances = Instances((await app.LoginAsync("agent", TestApp.DemoPassword)).AccessToken);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            instances[i % 2].PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 1_500, channel = "Cash" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(20);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        refused.Should().HaveCount(30);
        foreach (var refusal in refused) await refusal.ShouldBeProblemAsync(422, "insufficient_funds");
        responses.Where((_, i) => i % 2 == 1).Should().Contain(r => r.StatusCode == HttpStatusCode.Created, "the second instance posted some of them");
        (await _banking.BalanceAsync(account)).Should().Be(0);
        (await _banking.VerifyAsync()).ShouldBeOk();
        var audit = await (await (await app.As("auditor")).GetAsync("/api/v1/audit/verify")).JsonAsync();
        audit.GetProperty("ok").GetBoolean().Should().BeTrue(audit.ToString());
    }

    [Fact]
    public async Task The_same_idempotent_deposit_sent_to_both_instances_at_once_is_applied_once()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("INST2I"));
        var instances = Instances((await app.LoginAsync("agent", TestApp.DemoPassword)).AccessToken);
        const int keys = 10;

        for (var k = 0; k < keys; k++)
        {
            var key = $"two-instances-{Guid.NewGuid():N}";
            var pair = await Task.WhenAll(instances.Select(instance =>
                Banking.SendMoneyAsync(instance, $"/api/v1/accounts/{account}/deposits", new { amount = 1_000, channel = "Cash" }, key)));

            // Either both answer the one deposit, or the one that came while the other ran is told to retry (409).
            var answered = pair.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
            answered.Should().NotBeEmpty();
            foreach (var busy in pair.Where(r => r.StatusCode != HttpStatusCode.Created))
                await busy.ShouldBeProblemAsync(409, "idempotency_key_in_use");
            var deposit = (await answered[0].JsonAsync()).GetProperty("id").GetGuid();
            foreach (var other in answered.Skip(1)) (await other.JsonAsync()).GetProperty("id").GetGuid().Should().Be(deposit);

            // The retry, on either instance, gets that same deposit back.
            foreach (var instance in instances)
            {
                using var retry = await Banking.SendMoneyAsync(instance, $"/api/v1/accounts/{account}/deposits", new { amount = 1_000, channel = "Cash" }, key);
                retry.StatusCode.Should().Be(HttpStatusCode.Created);
                (await retry.JsonAsync()).GetProperty("id").GetGuid().Should().Be(deposit);
            }
        }

        (await _banking.BalanceAsync(account)).Should().Be(keys * 1_000);
        var statement = await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}/statement?pageSize=100")).JsonAsync();
        statement.GetProperty("totalCount").GetInt32().Should().Be(keys);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task An_access_token_logged_out_on_one_instance_is_refused_on_the_other_within_the_deny_list_interval()
    {
        var tokens = await app.LoginAsync("supervisor", TestApp.DemoPassword);
        var (first, second) = (app.WithToken(tokens.AccessToken), app.OnSecond(tokens.AccessToken));
        (await second.GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var logout = await first.PostJsonAsync("/api/v1/auth/logout", new { refreshToken = tokens.RefreshToken });
        logout.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var watch = Stopwatch.StartNew();
        await (await first.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(401);

        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            status = (await second.GetAsync("/api/v1/auth/me")).StatusCode;
        }
        while (status == HttpStatusCode.OK && watch.Elapsed < TimeSpan.FromSeconds(10));
        status.Should().Be(HttpStatusCode.Unauthorized);
        // Jwt:DenyListRefreshSeconds is 1 here: the second instance's next reload sees the logout's row.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1) + TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Five_wrong_passwords_spread_over_both_instances_lock_the_account_on_both()
    {
        await CreateAgentAsync("spread.agent");
        var second = new HttpClient { BaseAddress = app.SecondServer };

        for (var attempt = 0; attempt < 5; attempt++)
            await (await (attempt % 2 == 0 ? app.Anonymous() : second).PostJsonAsync("/api/v1/auth/login", new { username = "spread.agent", password = "Wrong#2026" }))
                .ShouldBeProblemAsync(401);

        foreach (var instance in new[] { app.Anonymous(), second })
            await (await instance.PostJsonAsync("/api/v1/auth/login", new { username = "spread.agent", password = "Right#2026" }))
                .ShouldBeProblemAsync(429, "sign_in_locked");
    }

    [Fact]
    public async Task Twenty_concurrent_wrong_passwords_over_both_instances_check_at_most_five()
    {
        await CreateAgentAsync("raced.agent");
        var instances = new[] { app.Anonymous(), new HttpClient { BaseAddress = app.SecondServer } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            instances[i % 2].PostJsonAsync("/api/v1/auth/login", new { username = "raced.agent", password = "Wrong#2026" })));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        statuses.Should().OnlyContain(s => s == 401 || s == 429);
        statuses.Count(s => s == 401).Should().BeLessThanOrEqualTo(5, "each failure counts, whichever instance checked it");
        await (await instances[1].PostJsonAsync("/api/v1/auth/login", new { username = "raced.agent", password = "Right#2026" }))
            .ShouldBeProblemAsync(429, "sign_in_locked");
    }

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var database = $"mf_empty_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = PostgresServer.ConnectionStringFor(database);
        var settings = new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "true", ["Seed:DemoData"] = "true" };
        await using var one = new ApiFactory(connectionString, settings);
        await using var other = new ApiFactory(connectionString, settings);

        await Task.WhenAll(Task.Run(one.StartServer), Task.Run(other.StartServer));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM institutions WHERE code = 'DEMO') * 1000 + (SELECT count(*) FROM users WHERE user_name = 'agent')", connection);
        ((long)(await count.ExecuteScalarAsync())!).Should().Be(1001, "one demo institution with one agent");
        foreach (var instance in new[] { one, other })
            (await instance.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Behind_the_proxy_the_sign_in_limit_counts_each_client_address_not_the_proxys()
    {
        await using var behindProxy = new ApiFactory(await TestDatabase.CreateAsync(), new()
        {
            ["ForwardedHeaders:KnownNetworks"] = "127.0.0.0/8",
            ["RateLimiting:Login:PermitsPerIp"] = "2",
        });
        behindProxy.StartServer();
        async Task<HttpStatusCode> SignInFromAsync(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { username = "nobody.here", password = "Wrong#2026" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await behindProxy.CreateClient().SendAsync(request);
            return response.StatusCode;
        }

        (await SignInFromAsync("203.0.113.1")).Should().Be(HttpStatusCode.Unauthorized);
        (await SignInFromAsync("203.0.113.1")).Should().Be(HttpStatusCode.Unauthorized);
        (await SignInFromAsync("203.0.113.1")).Should().Be(HttpStatusCode.TooManyRequests, "this client has used its two attempts");
        (await SignInFromAsync("203.0.113.2")).Should().Be(HttpStatusCode.Unauthorized, "another client behind the same proxy has its own");
    }

    private async Task CreateAgentAsync(string username)
    {
        var admin = await app.As("sfd.admin");
        using var created = await admin.PostJsonAsync("/api/v1/users", new
        {
            username, displayName = "Agent " + username, role = "Agent", password = "Right#2026",
            branchId = (await (await admin.GetAsync("/api/v1/branches")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid(),
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }
}
