using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>The cash forecast report (docs/reporting.md "Cash forecast") over a situation whose figures are computed by hand.</summary>
public sealed class CashForecastTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Inflows_are_the_weeks_installments_weighted_by_the_on_time_rate_and_outflows_what_waits_to_be_paid_out()
    {
        var lending = new Lending(app, _banking);
        var product = await lending.CreateProductAsync("CRFCST");
        // 120 000 at 0 % in four monthly installments of 30 000, disbursed in cash 70 days ago: two fell due in the last
        // 90 days, the first paid on its due date, the second not at all — an on-time rate of 50 %.
        var loan = await lending.ActiveLoanAsync(product, 120_000, 4, 0, Lending.Today.AddDays(-70));
        var schedule = (await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{loan}/schedule")).JsonAsync()).EnumerateArray()
            .Select(i => (Due: DateOnly.Parse(i.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture), Amount: i.GetProperty("totalDue").GetDecimal()))
            .ToList();
        schedule.Select(i => i.Amount).Should().Equal(30_000, 30_000, 30_000, 30_000);
        using (var repaid = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/loans/{loan}/repayments",
                   new { amount = 30_000, date = schedule[0].Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), channel = "Cash" }))
            repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
        // Approved, not yet disbursed: 200 000 to pay out.
        await lending.ApprovedLoanAsync(product, 200_000, 4, 0);
        // 500 000 deposited in cash, 400 000 of it asked back above the product's approval threshold: waiting.
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPFCST", threshold: 100_000));
        await _banking.DepositAsync(account, 500_000);
        using (var pending = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 400_000, channel = "Cash" }))
            pending.StatusCode.Should().Be(HttpStatusCode.Accepted, await pending.Content.ReadAsStringAsync());

        var accountant = await app.As("accountant");
        var forecast = await (await accountant.GetAsync("/api/v1/reports/cash-forecast?horizon=30")).JsonAsync();

        // Cash: +500 000 deposited − 120 000 disbursed + 30 000 repaid.
        Total(forecast, "cashToday").Should().Be(410_000);
        Total(forecast, "onTimeRate").Should().Be(50);
        var rows = forecast.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(5, "30 days are four weeks and two days");
        Date(rows[0][1]).Should().Be(Lending.Today);
        Date(rows[4][2]).Should().Be(Lending.Today.AddDays(29));
        rows[0][5].GetDecimal().Should().Be(200_000);
        rows[0][6].GetDecimal().Should().Be(400_000);
        // The third installment falls in the horizon (the fourth, some 50 days ahead, does not): half of it is expected.
        var week = (schedule[2].Due.DayNumber - Lending.Today.DayNumber) / 7;
        rows[week][3].GetDecimal().Should().Be(30_000);
        rows[week][4].GetDecimal().Should().Be(15_000);
        rows.Where((_, i) => i != week).Should().OnlyContain(r => r[3].GetDecimal() == 0, "the overdue second installment is not expected again");
        Total(forecast, "inflows").Should().Be(15_000);
        Total(forecast, "outflows").Should().Be(600_000);
        Total(forecast, "projected").Should().Be(410_000 + 15_000 - 600_000);
        rows[4][8].GetDecimal().Should().Be(-175_000, "the last week's position is the projected one");

        var longer = await (await accountant.GetAsync("/api/v1/reports/cash-forecast?horizon=60")).JsonAsync();
        longer.GetProperty("rows").GetArrayLength().Should().Be(9);
        Total(longer, "inflows").Should().Be(30_000, "both remaining installments, each half expected");

        using var csv = await accountant.GetAsync("/api/v1/reports/cash-forecast?horizon=90&format=csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 13, "a header and 90 days' 13 weeks");
        var runs = await (await accountant.GetAsync("/api/v1/report-runs?pageSize=1")).JsonAsync();
        runs.GetProperty("items")[0].GetProperty("parameters").GetProperty("horizon").GetString().Should().Be("90", "the history keeps the horizon");
    }

    [Fact]
    public async Task A_horizon_other_than_30_60_or_90_is_a_400_and_an_agent_may_not_read_it()
    {
        var accountant = await app.As("accountant");
        await (await accountant.GetAsync("/api/v1/reports/cash-forecast?horizon=45")).ShouldBeProblemAsync(400);
        await (await accountant.GetAsync("/api/v1/reports/cash-forecast?from=2026-01-01")).ShouldBeProblemAsync(400);
        (await (await app.As("agent")).GetAsync("/api/v1/reports/cash-forecast")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await accountant.GetAsync("/api/v1/reports/cash-forecast")).JsonAsync()).GetProperty("rows").GetArrayLength()
            .Should().Be(5, "30 days by default");
    }

    private static decimal Total(JsonElement report, string key) =>
        report.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal();

    private static DateOnly Date(JsonElement value) => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
