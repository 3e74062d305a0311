using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The rules that read operations (docs/anomalies.md "The rules in detail"): <c>unusual_amount</c>, <c>structuring</c>,
/// <c>off_hours</c>, <c>early_large_withdrawal</c>. Each pattern is planted through the API as agents work, and found with
/// its figures; normal activity around it raises nothing. The API records every operation now: where a rule needs the
/// past (a history months old, a Sunday, an account opened long ago), the test moves the recording time with SQL, and
/// says so.
/// </summary>
public sealed class AnomalyOperationRulesTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Zone = "Africa/Porto-Novo";

    private readonly Banking _banking = new(app);
    private readonly AnomalyFindings _findings = new(app);

    [Fact]
    public async Task An_amount_far_above_the_clients_usual_ones_is_found_with_its_median_mad_and_z_score()
    {
        var product = await _banking.CreateProductAsync("ORU1");
        var varied = await _banking.CreateClientAsync("Varied", "Saver");
        var account = await _banking.OpenActiveAccountAsync(product, varied);
        // Median 23 500; deviations' median (MAD) 7 500.
        await HistoryAsync(account, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 12_000, 18_000, 28_000, 33_000, 22_000);
        var large = await DepositAsync(account, 400_000);
        var medium = await DepositAsync(account, 80_000);

        var steady = await _banking.CreateClientAsync("Steady", "Saver");
        var steadyAccount = await _banking.OpenActiveAccountAsync(product, steady);
        await HistoryAsync(steadyAccount, Enumerable.Repeat(20_000m, 10).ToArray());
        var doubled = await DepositAsync(steadyAccount, 60_000);

        await _findings.DetectAsync();

        var found = await _findings.OfClientAsync("unusual_amount", varied);
        found.Should().HaveCount(2);
        var high = AnomalyFindings.About(found, large);
        high.GetProperty("severity").GetString().Should().Be("High", "0.6745 × 376 500 / 7 500 = 33.86, over twice the threshold");
        Figures(high, "amount", "median", "mad", "zScore", "historyOperations", "type").Should().Equal("400000", "23500", "7500", "33.86", "12", "Deposit");
        high.GetProperty("magnitude").GetDecimal().Should().Be(400_000);
        high.GetProperty("subjects").EnumerateArray().Should().Contain(s => s.GetProperty("type").GetString() == "DepositAccount" && s.GetProperty("id").GetGuid() == account);
        var mid = AnomalyFindings.About(found, medium);
        mid.GetProperty("severity").GetString().Should().Be("Medium");
        AnomalyFindings.Figure(mid, "zScore").Should().Be("5.08");

        // Always the same amount: MAD = 0, and so is the mean deviation; the spread is then a quarter of the median (5 000).
        var constant = AnomalyFindings.About(await _findings.OfClientAsync("unusual_amount", steady), doubled);
        Figures(constant, "median", "mad", "zScore").Should().Equal("20000", "0", "8");
    }

    [Fact]
    public async Task An_amount_within_the_clients_range_a_small_one_or_a_client_with_little_history_raises_nothing()
    {
        var product = await _banking.CreateProductAsync("ORU2");
        var usual = await _banking.CreateClientAsync("Usual", "Saver");
        var account = await _banking.OpenActiveAccountAsync(product, usual);
        await HistoryAsync(account, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 12_000, 18_000, 28_000, 33_000, 22_000);
        await DepositAsync(account, 45_000);
        await DepositAsync(account, 38_000);

        var steady = await _banking.CreateClientAsync("Steady", "Payer");
        var steadyAccount = await _banking.OpenActiveAccountAsync(product, steady);
        await HistoryAsync(steadyAccount, Enumerable.Repeat(20_000m, 10).ToArray());
        await DepositAsync(steadyAccount, 25_000);

        // Tiny amounts: below minAmount whatever their z-score.
        var small = await _banking.CreateClientAsync("Small", "Saver");
        var smallAccount = await _banking.OpenActiveAccountAsync(product, small);
        await HistoryAsync(smallAccount, Enumerable.Repeat(500m, 10).ToArray());
        await DepositAsync(smallAccount, 9_000);

        var newcomer = await _banking.CreateClientAsync("New", "Comer");
        var newAccount = await _banking.OpenActiveAccountAsync(product, newcomer);
        await HistoryAsync(newAccount, 10_000, 12_000, 11_000, 9_000, 10_500);
        await DepositAsync(newAccount, 900_000);

        await _findings.DetectAsync();

        foreach (var client in new[] { usual, steady, small, newcomer })
            (await _findings.OfClientAsync("unusual_amount", client)).Should().BeEmpty();
    }

    [Fact]
    public async Task Withdrawals_kept_just_under_the_approval_threshold_are_one_finding_that_grows_with_the_run()
    {
        var product = await _banking.CreateProductAsync("ORS1", threshold: 100_000);
        var client = await _banking.CreateClientAsync("Split", "Withdrawer");
        var account = await _banking.OpenActiveAccountAsync(product, client);
        await DepositAsync(account, 1_000_000);
        var first = await WithdrawAsync(account, 95_000);
        await WithdrawAsync(account, 92_000);
        await WithdrawAsync(account, 98_000);

        await _findings.DetectAsync();
        var finding = AnomalyFindings.About(await _findings.OfClientAsync("structuring", client), first);
        Figures(finding, "withdrawals", "total", "threshold", "firstOn", "lastOn", "windowDays").Should()
            .Equal("3", "285000", "100000", Today, Today, "7");
        finding.GetProperty("severity").GetString().Should().Be("Medium");
        finding.GetProperty("subjects").EnumerateArray().Count(s => s.GetProperty("type").GetString() == "AccountTransaction").Should().Be(3);

        // The run goes on (the threshold itself needs no approval): the same finding, worse, not a second one.
        await WithdrawAsync(account, 100_000);
        await _findings.DetectAsync();
        var again = (await _findings.OfClientAsync("structuring", client)).Should().ContainSingle().Subject;
        again.GetProperty("id").GetGuid().Should().Be(finding.GetProperty("id").GetGuid());
        Figures(again, "withdrawals", "total").Should().Equal("4", "385000");
        again.GetProperty("magnitude").GetDecimal().Should().Be(385_000);
    }

    [Fact]
    public async Task One_withdrawal_near_the_threshold_others_well_under_or_over_it_or_no_threshold_raise_nothing()
    {
        var product = await _banking.CreateProductAsync("ORS2", threshold: 100_000);
        var client = await _banking.CreateClientAsync("Normal", "Withdrawer");
        var account = await _banking.OpenActiveAccountAsync(product, client);
        await DepositAsync(account, 1_000_000);
        await WithdrawAsync(account, 95_000);
        await WithdrawAsync(account, 50_000);
        await WithdrawAsync(account, 60_000);
        // Over the threshold: a supervisor approved it, nothing was avoided.
        using (var requested = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/withdrawals", new { amount = 105_000, channel = "Cash" }))
        {
            requested.StatusCode.Should().Be(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());
            var request = (await requested.JsonAsync()).GetProperty("id").GetGuid();
            (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/withdrawals/{request}/approve")).StatusCode.Should().Be(HttpStatusCode.Created);
        }
        await WithdrawAsync(account, 99_000);

        var unlimited = await _banking.CreateClientAsync("Free", "Withdrawer");
        var unlimitedAccount = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("ORS3"), unlimited);
        await DepositAsync(unlimitedAccount, 1_000_000);
        foreach (var amount in new[] { 95_000m, 96_000m, 97_000m }) await WithdrawAsync(unlimitedAccount, amount);

        await _findings.DetectAsync();

        (await _findings.OfClientAsync("structuring", client)).Should().BeEmpty("two withdrawals near the threshold are not three");
        (await _findings.OfClientAsync("structuring", unlimited)).Should().BeEmpty("its product has no threshold to avoid");
    }

    [Fact]
    public async Task Operations_on_a_sunday_at_night_on_a_closed_saturday_or_back_dated_are_found_with_who_recorded_them()
    {
        var product = await _banking.CreateProductAsync("ORH1");
        var client = await _banking.CreateClientAsync("Night", "Owl");
        var account = await _banking.OpenActiveAccountAsync(product, client);
        // Back-dated through the API: value date five days before today, recorded now.
        var backDated = await DepositAsync(account, 20_000, Lending.Today.AddDays(-5));
        var agent = await RecordedByAsync(backDated);
        // The API records now: these three are moved to the past with SQL.
        var sunday = await DepositAsync(account, 30_000);
        await RecordAtAsync(sunday, Last(DayOfWeek.Sunday), "10:00");
        var evening = await DepositAsync(account, 40_000);
        await RecordAtAsync(evening, LastWeekday(), "21:30");
        var saturday = await DepositAsync(account, 50_000);
        await RecordAtAsync(saturday, Last(DayOfWeek.Saturday), "11:00");
        var lending = new Lending(app, _banking);
        var loan = await lending.ApprovedLoanAsync(await lending.CreateProductAsync("ORL1"), 100_000, 4, 12, client);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{loan}/disburse", new { mode = "Cash", date = Today })).EnsureSuccessStatusCode();
        using var repaid = await lending.RepayAsync(loan, 10_000);
        repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
        var repayment = (await repaid.JsonAsync()).GetProperty("id").GetGuid();
        await app.ExecuteSqlAsync($"UPDATE loan_repayments SET created_at = timestamp '{LastWeekday():yyyy-MM-dd} 05:45' AT TIME ZONE '{Zone}' WHERE id = '{repayment}'");

        var admin = await app.As("sfd.admin");
        try
        {
            (await admin.PutJsonAsync("/api/v1/anomalies/settings", new
            {
                rules = new[] { new { rule = "off_hours", enabled = true, parameters = new Dictionary<string, decimal> { ["saturdayIsWorkingDay"] = 0 } } },
            })).EnsureSuccessStatusCode();
            await _findings.DetectAsync();
        }
        finally
        {
            (await admin.PutJsonAsync("/api/v1/anomalies/settings", new { rules = Array.Empty<object>() })).EnsureSuccessStatusCode();
        }

        var found = await _findings.OfClientAsync("off_hours", client);
        var back = found.Single(f => AnomalyFindings.Figure(f, "reason") == "BackDated");
        Figures(back, "daysBackdated", "valueDate", "recordedOn", "amount").Should().Equal("5", Lending.Today.AddDays(-5).ToString("yyyy-MM-dd"), Today, "20000");
        back.GetProperty("agentId").GetGuid().Should().Be(agent);
        back.GetProperty("severity").GetString().Should().Be(Lending.Today.AddDays(-5).Month == Lending.Today.Month ? "Medium" : "High");
        AnomalyFindings.Figure(AnomalyFindings.About(found, sunday), "reason").Should().Be("NonWorkingDay");
        var late = AnomalyFindings.About(found, evening);
        Figures(late, "reason", "localTime", "recordedOn", "closingHour").Should().Equal("OutsideHours", "21:30", LastWeekday().ToString("yyyy-MM-dd"), "19");
        late.GetProperty("agentId").GetGuid().Should().Be(agent);
        late.GetProperty("occurredOn").GetString().Should().Be(LastWeekday().ToString("yyyy-MM-dd"));
        AnomalyFindings.Figure(AnomalyFindings.About(found, saturday), "reason").Should().Be("NonWorkingDay", "Saturday was made a closed day");
        var early = AnomalyFindings.About(found, repayment);
        Figures(early, "reason", "type", "localTime").Should().Equal("OutsideHours", "LoanRepayment", "05:45");
        early.GetProperty("subjects").EnumerateArray().Select(s => (s.GetProperty("type").GetString(), s.GetProperty("id").GetGuid()))
            .Should().Contain([("LoanRepayment", repayment), ("Loan", loan)]);
        // Each of the others once; the disbursement in cash is no account movement. (The back-dated one, recorded now, may also be out of hours.)
        found.Count(f => !f.GetProperty("subjects").EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == backDated)).Should().Be(4);
    }

    [Fact]
    public async Task Operations_in_business_hours_on_a_working_saturday_back_dated_within_tolerance_or_by_the_system_raise_nothing()
    {
        var product = await _banking.CreateProductAsync("ORH2");
        var client = await _banking.CreateClientAsync("Day", "Worker");
        var account = await _banking.OpenActiveAccountAsync(product, client);
        var weekday = LastWeekday();
        // The API records now: each is moved with SQL to a time in business hours (or a system run on a Sunday).
        var yesterdayValued = await DepositAsync(account, 20_000, weekday.AddDays(-1));
        await RecordAtAsync(yesterdayValued, weekday, "10:00");
        var saturday = await DepositAsync(account, 30_000);
        await RecordAtAsync(saturday, Last(DayOfWeek.Saturday), "11:00");
        var opening = await DepositAsync(account, 40_000);
        await RecordAtAsync(opening, weekday, "07:00");
        var system = await DepositAsync(account, 50_000);
        await RecordAtAsync(system, Last(DayOfWeek.Sunday), "03:00");
        await app.ExecuteSqlAsync($"UPDATE account_transactions SET created_by = '{Guid.Empty}' WHERE id = '{system}'");

        await _findings.DetectAsync();

        (await _findings.OfClientAsync("off_hours", client)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_large_withdrawal_right_after_an_account_opened_is_found_and_high_when_it_empties_the_account()
    {
        var product = await _banking.CreateProductAsync("ORE1");
        var client = await _banking.CreateClientAsync("Quick", "Exit");
        var account = await _banking.OpenActiveAccountAsync(product, client);
        await DepositAsync(account, 2_000_000);
        var part = await WithdrawAsync(account, 600_000);
        var rest = await WithdrawAsync(account, 1_350_000);

        await _findings.DetectAsync();

        var found = await _findings.OfClientAsync("early_large_withdrawal", client);
        found.Should().HaveCount(2);
        var medium = AnomalyFindings.About(found, part);
        Figures(medium, "amount", "balanceAfter", "daysAfterOpening", "minAmount").Should().Equal("600000", "1400000", "0", "500000");
        medium.GetProperty("severity").GetString().Should().Be("Medium");
        var high = AnomalyFindings.About(found, rest);
        Figures(high, "amount", "balanceAfter").Should().Equal("1350000", "50000");
        high.GetProperty("severity").GetString().Should().Be("High", "less than a tenth of it stays on the account");
        high.GetProperty("magnitude").GetDecimal().Should().Be(1_350_000);
    }

    [Fact]
    public async Task A_small_withdrawal_after_opening_or_a_large_one_from_an_old_account_raises_nothing()
    {
        var product = await _banking.CreateProductAsync("ORE2");
        var newcomer = await _banking.CreateClientAsync("Careful", "Newcomer");
        var account = await _banking.OpenActiveAccountAsync(product, newcomer);
        await DepositAsync(account, 600_000);
        await WithdrawAsync(account, 100_000);

        var regular = await _banking.CreateClientAsync("Long", "Standing");
        var old = await _banking.OpenActiveAccountAsync(product, regular);
        // The API activates now: the account is made two months old with SQL.
        await app.ExecuteSqlAsync($"UPDATE deposit_accounts SET activated_at = now() - interval '60 days' WHERE id = '{old}'");
        await DepositAsync(old, 1_000_000);
        await WithdrawAsync(old, 800_000);

        await _findings.DetectAsync();

        (await _findings.OfClientAsync("early_large_withdrawal", newcomer)).Should().BeEmpty();
        (await _findings.OfClientAsync("early_large_withdrawal", regular)).Should().BeEmpty();
    }

    private static string Today => Lending.Today.ToString("yyyy-MM-dd");

    /// <summary>The most recent <paramref name="day"/> before today.</summary>
    private static DateOnly Last(DayOfWeek day)
    {
        var date = Lending.Today.AddDays(-1);
        while (date.DayOfWeek != day) date = date.AddDays(-1);
        return date;
    }

    /// <summary>The most recent Monday to Friday before today.</summary>
    private static DateOnly LastWeekday()
    {
        var date = Lending.Today.AddDays(-1);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(-1);
        return date;
    }

    private static IEnumerable<string> Figures(JsonElement finding, params string[] names) => names.Select(n => AnomalyFindings.Figure(finding, n));

    /// <summary>
    /// Deposits <paramref name="amounts"/> now, then moves them 60 days back with SQL (the API cannot record the past):
    /// the history a rule compares the recent window with.
    /// </summary>
    private async Task HistoryAsync(Guid account, params decimal[] amounts)
    {
        foreach (var amount in amounts) await DepositAsync(account, amount);
        await app.ExecuteSqlAsync($"UPDATE account_transactions SET created_at = created_at - interval '60 days' WHERE account_id = '{account}'");
    }

    /// <summary>Moves an operation's recording time to <paramref name="day"/> at <paramref name="time"/> on the institution's clock.</summary>
    private Task RecordAtAsync(Guid transaction, DateOnly day, string time) =>
        app.ExecuteSqlAsync($"UPDATE account_transactions SET created_at = timestamp '{day:yyyy-MM-dd} {time}' AT TIME ZONE '{Zone}' WHERE id = '{transaction}'");

    private async Task<Guid> RecordedByAsync(Guid transaction) =>
        (await (await (await app.As("agent")).GetAsync($"/api/v1/transactions/{transaction}")).JsonAsync()).GetProperty("createdBy").GetGuid();

    private async Task<Guid> DepositAsync(Guid account, decimal amount, DateOnly? valueDate = null)
    {
        using var response = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/deposits",
            new { amount, channel = "Cash", valueDate = valueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> WithdrawAsync(Guid account, decimal amount)
    {
        using var response = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/withdrawals", new { amount, channel = "Cash" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }
}
