using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Microfinance.Application.Common.Observability;

namespace Microfinance.FunctionalTests;

/// <summary>The scheduled jobs on Quartz: every job fires and records its run, and an admin lists them and runs one now.</summary>
public sealed class ScheduledJobsTests(ScheduledJobsTests.SchedulingApp app) : IClassFixture<ScheduledJobsTests.SchedulingApp>
{
    public static readonly string[] JobNames = ["end-of-day", "savings-interest", "reminders", "payment-reconciliation", "anomaly-detection", "outbox-delivery"];

    /// <summary>The scheduler on with every job, each firing at start and then only every ten hours.</summary>
    public sealed class SchedulingApp : TestApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Jobs:Scheduler:Enabled"] = "true",
            ["Jobs:EndOfDay:Enabled"] = "true",
            ["Jobs:EndOfDay:CheckMinutes"] = "600",
            ["Jobs:SavingsInterest:Enabled"] = "true",
            ["Jobs:SavingsInterest:CheckMinutes"] = "600",
            ["Jobs:Reminders:Enabled"] = "true",
            ["Jobs:Reminders:CheckMinutes"] = "600",
            ["Jobs:PaymentReconciliation:Enabled"] = "true",
            ["Jobs:PaymentReconciliation:CheckSeconds"] = "36000",
            ["Jobs:AnomalyDetection:Enabled"] = "true",
            ["Jobs:AnomalyDetection:EveryHours"] = "10",
            ["Notifications:Outbox:Enabled"] = "true",
            ["Notifications:Outbox:PollSeconds"] = "36000",
        };
    }

    [Fact]
    public async Task Every_job_fires_at_start_records_its_run_and_is_listed_with_its_next_run()
    {
        await Eventually.HoldsAsync(async () =>
            await app.ScalarAsync<long>("SELECT count(DISTINCT job_name) FROM job_runs WHERE triggered_by = 'Scheduled'") == JobNames.Length);

        using var response = await (await app.As("platform.admin")).GetAsync("/api/v1/jobs");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var jobs = (await response.JsonAsync()).EnumerateArray().ToList();
        jobs.Select(j => j.GetProperty("name").GetString()).Should().Equal(JobNames);
        foreach (var job in jobs)
        {
            job.GetProperty("description").GetString().Should().NotBeNullOrEmpty();
            job.GetProperty("paused").GetBoolean().Should().BeFalse();
            job.GetProperty("nextRunAt").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UtcNow.AddHours(9), "the next firing is one interval later");
            var last = job.GetProperty("lastRun");
            last.GetProperty("outcome").GetString().Should().Be("Succeeded", last.ToString());
            last.GetProperty("triggeredBy").GetString().Should().BeOneOf("Scheduled", "Manual"); // the other tests of the class run some
            last.GetProperty("durationMs").GetInt64().Should().BeGreaterThanOrEqualTo(0);
            last.GetProperty("instanceId").GetString().Should().NotBeNullOrEmpty();
        }
        jobs[0].GetProperty("intervalSeconds").GetInt32().Should().Be(36_000);
        // An SfdAdmin watches them too; nobody else does.
        (await (await app.As("sfd.admin")).GetAsync("/api/v1/jobs")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.As("accountant")).GetAsync("/api/v1/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_runs_a_job_now_through_the_scheduler_and_finds_the_run_under_its_id()
    {
        var counted = new ConcurrentQueue<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Meter.Name: BusinessMetrics.MeterName, Name: "microfinance.job_runs" }) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            counted.Enqueue(string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
        listener.Start();
        var admin = await app.As("sfd.admin");
        using var response = await admin.PostJsonAsync("/api/v1/jobs/reminders/trigger");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be("/api/v1/jobs/reminders/runs");
        var runId = (await response.JsonAsync()).GetProperty("runId").GetGuid();

        await Eventually.HoldsAsync(async () => await app.ScalarAsync<long>($"SELECT count(*) FROM job_runs WHERE id = '{runId}'") == 1);
        var runs = (await (await admin.GetAsync("/api/v1/jobs/reminders/runs?limit=5")).JsonAsync()).EnumerateArray().ToList();
        var run = runs.Should().ContainSingle(r => r.GetProperty("id").GetGuid() == runId).Subject;
        run.GetProperty("triggeredBy").GetString().Should().Be("Manual");
        run.GetProperty("outcome").GetString().Should().Be("Succeeded");
        run.GetProperty("scheduledFor").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        runs.Select(r => r.GetProperty("startedAt").GetDateTimeOffset()).Should().BeInDescendingOrder();
        // Each run is counted on microfinance.job_runs, just after its row is written.
        await Eventually.HoldsAsync(() => Task.FromResult(counted.Contains("job_name=reminders,outcome=succeeded")), seconds: 5);
    }

    [Fact]
    public async Task Unknown_jobs_bad_limits_and_other_roles_are_refused()
    {
        var platform = await app.As("platform.admin");
        await (await platform.PostJsonAsync("/api/v1/jobs/no-such-job/trigger")).ShouldBeProblemAsync(404, "not_found");
        await (await platform.GetAsync("/api/v1/jobs/no-such-job/runs")).ShouldBeProblemAsync(404, "not_found");
        await (await platform.GetAsync("/api/v1/jobs/reminders/runs?limit=0")).ShouldBeProblemAsync(400);
        await (await platform.GetAsync("/api/v1/jobs/reminders/runs?limit=101")).ShouldBeProblemAsync(400);
        await (await (await app.As("supervisor")).PostJsonAsync("/api/v1/jobs/reminders/trigger")).ShouldBeProblemAsync(403);
        (await app.Anonymous().GetAsync("/api/v1/jobs")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_ready_health_check_says_the_scheduler_runs()
    {
        using var response = await app.Anonymous().GetAsync("/health/ready");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
