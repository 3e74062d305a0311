using Npgsql;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Several instances on one database, each with its scheduler on (Quartz clustering): a firing runs once, a run cut
/// short by its instance's end is run again by another, and the firings missed while no instance ran are caught up once.
/// </summary>
public sealed class SchedulerClusterTests
{
    /// <summary>
    /// Only the outbox delivery job (harmless on an empty outbox), every <paramref name="pollSeconds"/>, with a fast cluster
    /// check-in; an instance silent for <paramref name="presumedDeadSeconds"/> has its firings recovered by the other.
    /// </summary>
    private static Dictionary<string, string?> Scheduling(int pollSeconds, string job = "Notifications:Outbox", double presumedDeadSeconds = 1) => new()
    {
        ["Jobs:Scheduler:Enabled"] = "true",
        ["Jobs:Scheduler:CheckinSeconds"] = "0.5",
        ["Jobs:Scheduler:CheckinMisfireSeconds"] = presumedDeadSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:Scheduler:MisfireThresholdSeconds"] = "1",
        [$"{job}:Enabled"] = "true",
        ["Notifications:Outbox:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:Reminders:CheckMinutes"] = "600",
    };

    [Fact]
    public async Task With_two_instances_each_firing_runs_exactly_once()
    {
        var database = await TestDatabase.CreateAsync();
        // Both instances stay alive here: with a 1 s presumption of death, a check-in late under a loaded CI machine made
        // the other instance recover a firing that was still running, and run it twice (6 runs for 5 firings, once).
        await using (var first = new ApiFactory(database, Scheduling(1, presumedDeadSeconds: 30)))
        await using (var second = new ApiFactory(database, Scheduling(1, presumedDeadSeconds: 30)))
        {
            first.StartServer();
            second.StartServer();
            await Eventually.HoldsAsync(async () => await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs") >= 6);
            (await ScalarAsync<long>(database, "SELECT count(*) FROM qrtz_scheduler_state")).Should().Be(2, "both instances joined the cluster");
        }

        var runs = await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs WHERE triggered_by = 'Scheduled'");
        var firings = await ScalarAsync<long>(database, "SELECT count(DISTINCT scheduled_for) FROM job_runs WHERE triggered_by = 'Scheduled'");
        runs.Should().BeGreaterThanOrEqualTo(6);
        runs.Should().Be(firings, "each firing ran on one instance only");
    }

    [Fact]
    public async Task A_run_cut_short_by_its_instance_stopping_is_run_again_by_another()
    {
        var database = await TestDatabase.CreateAsync();
        var settings = Scheduling(3600, job: "Jobs:Reminders");
        // The reminders job reads the institutions first: holding their table makes its run hang where we want it.
        await using var holder = new NpgsqlConnection(database);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE institutions IN ACCESS EXCLUSIVE MODE", holder, hold).ExecuteNonQueryAsync();

        var first = new ApiFactory(database, settings);
        first.StartServer();
        await Eventually.HoldsAsync(async () =>
            await ScalarAsync<long>(database, "SELECT count(*) FROM qrtz_fired_triggers WHERE job_name = 'reminders' AND state = 'EXECUTING'") == 1);
        var crashed = await ScalarAsync<string>(database, "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = 'reminders'");
        // The instance stops mid-run (a deploy, a crash): its firing is left to the cluster. Its own run may still end
        // once the table is free (a stopped host does not kill the thread); the job's idempotence makes that harmless.
        await first.DisposeAsync();
        await hold.RollbackAsync();

        await using var second = new ApiFactory(database, settings);
        second.StartServer();
        await Eventually.HoldsAsync(async () =>
            await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs WHERE triggered_by = 'Recovery' AND outcome = 'Succeeded'") == 1);
        (await ScalarAsync<string>(database, "SELECT instance_id FROM job_runs WHERE triggered_by = 'Recovery'")).Should().NotBe(crashed);
    }

    [Fact]
    public async Task The_firings_missed_while_no_instance_ran_are_caught_up_once()
    {
        var database = await TestDatabase.CreateAsync();
        await using (var first = new ApiFactory(database, Scheduling(4)))
        {
            first.StartServer();
            await Eventually.HoldsAsync(async () => await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs") == 1);
        }

        // Two firings (4 s apart) are missed while no instance runs.
        await Task.Delay(TimeSpan.FromSeconds(9));
        var restarted = DateTimeOffset.UtcNow;
        await using var second = new ApiFactory(database, Scheduling(4));
        second.StartServer();
        await Eventually.HoldsAsync(async () => await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs") >= 2, seconds: 10);
        var caughtUp = await ScalarAsync<DateTime>(database, "SELECT max(started_at) FROM job_runs");
        await Task.Delay(TimeSpan.FromSeconds(1));
        // Before the next firing of the new schedule (4 s after the catch-up), the missed firings made one run, not two.
        (await ScalarAsync<long>(database, "SELECT count(*) FROM job_runs")).Should().Be(2);
        new DateTimeOffset(caughtUp, TimeSpan.Zero).Should().BeCloseTo(restarted, TimeSpan.FromSeconds(3), "the missed firings are caught up at once, not at the next one");
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
