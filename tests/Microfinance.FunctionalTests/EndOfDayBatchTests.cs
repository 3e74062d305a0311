namespace Microfinance.FunctionalTests;

/// <summary>End of day in batches of one late loan, so that every batch boundary is crossed.</summary>
public sealed class EndOfDayBatchTests(EndOfDayBatchTests.App app) : IClassFixture<EndOfDayBatchTests.App>
{
    public sealed class App : TestApp
    {
        protected override Dictionary<string, string?> Settings => new() { ["Jobs:EndOfDay:BatchSize"] = "1" };
    }

    [Fact]
    public async Task Late_loans_go_through_in_batches_and_current_loans_move_to_the_day_in_one_update()
    {
        var banking = new Banking(app);
        var lending = new Lending(app, banking);
        var product = await lending.CreateProductAsync("CRBATCH", penaltyValue: 0.1m);
        var late = new[]
        {
            await lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-40)),
            await lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-35)),
            await lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-33)),
        };
        var current = await lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-5));
        var yesterday = Lending.Today.AddDays(-1);
        var admin = await app.As("sfd.admin");

        var result = await (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { date = yesterday.ToString("yyyy-MM-dd") })).JsonAsync();
        var again = await (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { date = yesterday.ToString("yyyy-MM-dd") })).JsonAsync();

        result.GetProperty("loansProcessed").GetInt32().Should().Be(4);
        again.GetProperty("penaltiesCharged").GetInt32().Should().Be(0, "the same day twice changes nothing");
        foreach (var id in late)
        {
            (await app.ScalarAsync<long>($"SELECT count(*) FROM loan_penalty_charges WHERE loan_id = '{id}'")).Should().BeGreaterThan(0);
            (await lending.LoanAsync(id)).GetProperty("daysInArrears").GetInt32().Should().BeGreaterThan(0);
        }
        (await app.ScalarAsync<long>($"SELECT count(*) FROM loan_penalty_charges WHERE loan_id = '{current}'")).Should().Be(0);
        foreach (var id in late.Append(current))
            (await app.ScalarAsync<DateOnly>($"SELECT penalties_applied_through FROM loans WHERE id = '{id}'")).Should().Be(yesterday);
        result.GetProperty("penaltiesCharged").GetInt32().Should().Be(
            (int)await app.ScalarAsync<long>($"SELECT count(*) FROM loan_penalty_charges WHERE loan_id = ANY('{{{string.Join(",", late)}}}')"));

        // Each batch and the set-based update left their own record in the trail.
        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=EndOfDayCurrentLoans&pageSize=5")).JsonAsync();
        trail.GetProperty("totalCount").GetInt32().Should().Be(2);
        (await banking.VerifyAsync()).ShouldBeOk();
    }
}
