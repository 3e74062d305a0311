namespace Microfinance.FunctionalTests;

public sealed class EndOfDaySchedulerTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_scheduler_runs_end_of_day_through_yesterday_as_the_system_actor()
    {
        var banking = new Banking(app);
        var lending = new Lending(app, banking);
        var product = await lending.CreateProductAsync("CRSCHED", penaltyValue: 0.1m);
        var id = await lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-40));

        // A second instance of the application on the same database, with the scheduler on: the job fires at start.
        await using var scheduled = new ApiFactory(app.ConnectionString, new() { ["Jobs:Scheduler:Enabled"] = "true", ["Jobs:EndOfDay:Enabled"] = "true" });
        scheduled.StartServer();

        var yesterday = Lending.Today.AddDays(-1);
        var charges = 0L;
        for (var attempt = 0; attempt < 50 && charges == 0; attempt++)
        {
            await Task.Delay(200);
            charges = await app.ScalarAsync<long>($"SELECT count(*) FROM loan_penalty_charges WHERE loan_id = '{id}'");
        }
        charges.Should().BeGreaterThan(0);
        (await app.ScalarAsync<DateOnly>($"SELECT penalties_applied_through FROM loans WHERE id = '{id}'")).Should().Be(yesterday);
        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=EndOfDay&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("system");
    }
}
