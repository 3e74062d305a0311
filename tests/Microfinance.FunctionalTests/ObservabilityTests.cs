using System.Text.RegularExpressions;
using Microfinance.Application.Common.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Microfinance.FunctionalTests;

/// <summary>
/// <c>/metrics</c>, the JSON logs and readiness (docs/operations.md, "Metrics, logs, health"). Runs alone
/// (<see cref="ObservabilityCollection"/>) and reads counters as differences.
/// </summary>
[Collection(nameof(ObservabilityCollection))]
public sealed partial class ObservabilityTests(ObservabilityTests.Fixture app) : IClassFixture<ObservabilityTests.Fixture>
{
    public sealed class Fixture : TestApp
    {
        public const int OutboxBacklogDegraded = 3;

        protected override Dictionary<string, string?> Settings => new()
        {
            ["Logging:LogLevel:Microfinance"] = "Information",
            ["Health:OutboxBacklogDegraded"] = OutboxBacklogDegraded.ToString(),
        };
    }

    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);
    private Collecting Collecting => new(app, _banking);
    private readonly Paying _paying = new(app);

    [Fact]
    public async Task A_deposit_is_counted_once_posted_and_neither_its_replay_nor_a_refused_one()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("OBSDEP"));
        var agent = await app.As("agent");
        var before = await Scrape.ReadAsync(agent);

        var key = Guid.NewGuid().ToString();
        await _banking.DepositAsync(account, 5_000, key);
        using (var replay = await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/deposits", new { amount = 5_000, channel = "Cash" }, key))
            replay.Headers.Contains(Microfinance.Api.Infrastructure.IdempotencyFilter.ReplayedHeader).Should().BeTrue();
        await (await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/deposits", new { amount = 20_000_000_000m, channel = "Cash" }))
            .ShouldBeProblemAsync(400);
        await (await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/withdrawals", new { amount = 1_000_000, channel = "Cash" }))
            .ShouldBeProblemAsync(422);

        var after = await Scrape.ReadAsync(agent);
        after.Value("microfinance_deposits_total").Should().Be(before.Value("microfinance_deposits_total") + 1);
        after.Value("microfinance_withdrawals_total").Should().Be(before.Value("microfinance_withdrawals_total"), "the withdrawal was refused");
    }

    [Fact]
    public async Task Webhooks_are_counted_by_outcome()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("OBSHOOK"));
        var client = app.Anonymous();
        var before = await Scrape.ReadAsync(client);
        var id = await _paying.IntentAsync("Deposit", account, 3_000);
        var body = Paying.Body(id, 3_000, $"TX-{Guid.NewGuid():N}");

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(body))).Should().Be("Posted");
        (await Paying.OutcomeAsync(await _paying.DeliverAsync(body))).Should().Be("Duplicate");
        await (await _paying.DeliverAsync(body, secret: "not-the-secret")).ShouldBeProblemAsync(401, "webhook_rejected");

        var after = await Scrape.ReadAsync(client);
        foreach (var outcome in new[] { "received", "duplicate", "refused" })
            after.Value("microfinance_webhooks_total", $"outcome=\"{outcome}\"").Should().Be(before.Value("microfinance_webhooks_total", $"outcome=\"{outcome}\"") + 1, outcome);
        // The webhook's deposit is a deposit like a teller's.
        after.Value("microfinance_deposits_total").Should().Be(before.Value("microfinance_deposits_total") + 1);
    }

    [Fact]
    public async Task Requests_are_measured_per_route_and_the_connection_pool_is_reported()
    {
        var agent = await app.As("agent");
        (await agent.GetAsync($"/api/v1/accounts/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var scrape = await Scrape.ReadAsync(agent);

        scrape.Value("http_server_request_duration_seconds_count", "http_route=\"/api/v1/accounts/{id:guid}\"", "http_response_status_code=\"404\"")
            .Should().BeGreaterThan(0, scrape.Text);
        scrape.Names.Should().Contain(n => n.StartsWith("db_client_connection", StringComparison.Ordinal), scrape.Text);
    }

    [Fact]
    public async Task Readiness_is_degraded_above_the_outbox_backlog_threshold_and_the_backlog_is_a_gauge()
    {
        var client = app.Anonymous();
        (await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync()).Should().Be("Healthy");
        var pending = await app.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE status = 'Pending'");
        for (var i = pending; i <= Fixture.OutboxBacklogDegraded; i++)
            await app.ExecuteSqlAsync($"""
                INSERT INTO outbox_messages (id, institution_id, channel, kind, recipient, subject, body, status, attempts, created_at, next_attempt_at)
                VALUES ('{Guid.CreateVersion7()}', (SELECT id FROM institutions WHERE code = 'DEMO'), 'Sms', 'InstallmentDueSoon', '+22961000000', NULL,
                        'Votre échéance est due.', 'Pending', 0, now(), now())
                """);
        var backlog = Math.Max(pending, Fixture.OutboxBacklogDegraded + 1);

        // The count is read at most every 5 s.
        await Task.Delay(TimeSpan.FromSeconds(5.2));
        using var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.Should().Be(HttpStatusCode.OK, "a slow outbox must not take the instance out of the load balancer");
        (await ready.Content.ReadAsStringAsync()).Should().Be("Degraded");
        (await Scrape.ReadAsync(client)).Value("microfinance_outbox_pending").Should().Be(backlog);
    }

    [Fact]
    public async Task Every_log_line_of_a_request_carries_its_correlation_id_in_json()
    {
        app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.Should().Be(ConsoleFormatterNames.Json);
        var capture = new JsonLogCapture(app.Services);
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        var correlationId = $"log-test-{Guid.NewGuid():N}";
        var path = $"/api/v1/accounts/{Guid.NewGuid()}/deposits";

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(new { amount = -5, channel = "Cash" }) };
        request.Headers.Add("X-Correlation-Id", correlationId);
        await (await (await app.As("agent")).SendAsync(request)).ShouldBeProblemAsync(400);

        var lines = capture.Lines.Select(l => JsonDocument.Parse(l).RootElement).Where(l => Scopes(l).GetValueOrDefault("RequestPath") == path).ToList();
        lines.Should().NotBeEmpty("the failed command is logged");
        lines.Should().OnlyContain(l => Scopes(l).GetValueOrDefault("CorrelationId") == correlationId);
        lines.Should().Contain(l => l.GetProperty("Message").GetString()!.Contains("failed"));
        lines.Select(l => l.EnumerateObject().Select(p => p.Name)).Should().OnlyContain(names => names.Contains("Timestamp") && names.Contains("LogLevel"));
    }

    [Fact]
    public async Task The_grafana_dashboard_is_valid_json_and_reads_only_metrics_the_application_serves()
    {
        var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "grafana", "microfinance-dashboard.json"))).RootElement;
        var expressions = dashboard.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.TryGetProperty("targets", out var targets) ? targets.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(t => t.GetProperty("expr").GetString()!).ToList();
        expressions.Should().NotBeEmpty();

        // Each business counter and the pool once, so that each series exists.
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("OBSDASH"));
        await _banking.DepositAsync(account, 50_000);
        (await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/withdrawals", new { amount = 1_000, channel = "Cash" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var loan = await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("OBSLOAN"), 60_000, 3, 12);
        (await Lending.RepayAsync(loan, 1_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync());
        (await Collecting.ContributeAsync(participant, new { days = 1, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await _paying.DeliverAsync(Paying.Body(Guid.NewGuid(), 1_000, "TX-X"), secret: "not-the-secret")).ShouldBeProblemAsync(401);
        // The scheduled jobs count their own runs; none runs in this test, so one empty measurement makes the series exist.
        app.Services.GetRequiredService<BusinessMetrics>().JobRuns.Add(0, new KeyValuePair<string, object?>("outcome", "succeeded"));

        var served = (await Scrape.ReadAsync(app.Anonymous())).Names;
        var read = expressions.SelectMany(MetricNames).ToHashSet();
        read.Should().Contain(["http_server_request_duration_seconds_bucket", "microfinance_deposits_total", "microfinance_outbox_pending", "microfinance_job_runs_total"]);
        read.Except(served).Should().BeEmpty("the dashboard reads only served metrics; served: {0}", string.Join(", ", served.Order()));
    }

    /// <summary>The metric names of a PromQL expression: its identifiers less label matchers, groupings, ranges and functions.</summary>
    private static IEnumerable<string> MetricNames(string expression)
    {
        var bare = Regex.Replace(expression, @"\{[^}]*\}|\[[^\]]*\]|\b(by|without|on|ignoring)\s*\([^)]*\)|""[^""]*""", " ");
        return Identifier().Matches(bare).Select(m => m.Value).Where(name => !PromQlWords.Contains(name)
            && !Regex.IsMatch(bare, $@"\b{Regex.Escape(name)}\s*\(") );
    }

    private static readonly HashSet<string> PromQlWords = ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset"];

    private static Dictionary<string, string?> Scopes(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object)
                .SelectMany(s => s.EnumerateObject()).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => (string?)g.First().Value.ToString())
            : [];

    [GeneratedRegex(@"(?<![\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();
}
