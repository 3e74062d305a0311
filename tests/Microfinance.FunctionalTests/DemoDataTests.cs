namespace Microfinance.FunctionalTests;

/// <summary>An application whose demo data includes clients and months of operations, seeded at start-up as by `make run`.</summary>
public sealed class DemoApp : TestApp
{
    protected override Dictionary<string, string?> Settings => new() { ["Seed:DemoData"] = "true", ["Seed:DemoClients"] = "60" };
}

public sealed class DemoDataTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Demo_seeding_goes_through_the_use_cases_and_leaves_a_verified_ledger()
    {
        var accountant = await app.As("accountant");
        var verdict = await (await accountant.GetAsync("/api/v1/accounting/verify")).JsonAsync();
        verdict.ShouldBeOk();

        var agent = await app.As("agent");
        (await (await agent.GetAsync("/api/v1/clients")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(60 + 9, "and the 9 of the anomaly cases (DemoAnomalies)");
        (await (await agent.GetAsync("/api/v1/clients?status=PendingKyc")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(6);
        var accounts = await (await agent.GetAsync("/api/v1/accounts?status=Active&pageSize=100")).JsonAsync();
        accounts.GetProperty("items").EnumerateArray().Should().Contain(a => a.GetProperty("balance").GetDecimal() > 0);

        var supervisor = await app.As("supervisor");
        (await (await supervisor.GetAsync("/api/v1/withdrawals?status=Pending")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().BePositive();
        (await (await supervisor.GetAsync("/api/v1/accounts?status=Requested")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().BePositive();

        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=Deposit&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().BeOneOf(["agent", "agent2"], "demo operations are recorded as the demo users' own");
    }

    [Fact]
    public async Task Demo_bank_statement_is_imported_and_partly_reconciled()
    {
        var accountant = await app.As("accountant");
        var bank = (await (await accountant.GetAsync("/api/v1/gl-accounts?class=1")).JsonAsync()).EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == "111").GetProperty("id").GetGuid();

        var reconciliation = await (await accountant.GetAsync($"/api/v1/bank-accounts/{bank}/reconciliation")).JsonAsync();

        reconciliation.GetProperty("matches").GetArrayLength().Should().BePositive("most transfers are matched");
        reconciliation.GetProperty("suggestions").GetArrayLength().Should().Be(1, "one transfer is left to confirm in the workbench");
        reconciliation.GetProperty("statementLines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal())
            .Should().Contain([-2_500m, -1_850m], "the bank's fees are not in the books yet");
        reconciliation.GetProperty("unmatchedBookCount").GetInt32().Should().Be(2, "the last transfer is not on the statement, one waits for confirmation");
        reconciliation.GetProperty("difference").GetDecimal().Should().Be(0);
    }

    [Fact]
    public async Task Demo_savings_accounts_were_credited_their_interest_for_past_months()
    {
        var interest = await (await (await app.As("agent")).GetAsync("/api/v1/transactions?type=Interest&pageSize=100")).JsonAsync();
        var dates = interest.GetProperty("items").EnumerateArray().Select(t => DateOnly.Parse(t.GetProperty("valueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        dates.Should().NotBeEmpty();
        dates.Should().OnlyContain(d => d.AddDays(1).Day == 1, "a month's interest is valued on its last day");
        dates.Select(d => d.Month).Distinct().Should().HaveCountGreaterThan(1, "several past months were run");

        // The demo settled every savings account's last month: the job finds nothing left to credit.
        var lastMonth = new DateOnly(Lending.Today.Year, Lending.Today.Month, 1).AddMonths(-1);
        using var run = await (await app.As("accountant")).PostJsonAsync("/api/v1/jobs/savings-interest", new { month = lastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) });
        var result = await run.JsonAsync();
        result.GetProperty("accountsCredited").GetInt32().Should().Be(0, result.ToString());
        result.GetProperty("alreadyPosted").GetInt32().Should().BePositive();
    }

    [Fact]
    public async Task Demo_loans_cover_the_workflow_and_some_are_late()
    {
        var supervisor = await app.As("supervisor");
        var loans = await (await supervisor.GetAsync("/api/v1/loans?pageSize=100")).JsonAsync();
        var statuses = loans.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("status").GetString()).Distinct().ToList();
        statuses.Should().Contain(["Draft", "Submitted", "UnderReview", "Recommended", "Approved", "Rejected", "Cancelled", "Active", "Repaid"]);
        var par = await (await supervisor.GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        par.GetProperty("overall").GetProperty("par1").GetDecimal().Should().BePositive("some demo loans are late");
    }

    [Fact]
    public async Task Demo_tontines_have_participants_across_several_cycles_and_the_ledger_still_verifies()
    {
        var agent = await app.As("agent");
        var tontines = (await (await agent.GetAsync("/api/v1/tontines?status=Open")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        tontines.Select(t => t.GetProperty("code").GetString()).Should().BeEquivalentTo(["TM-DANTO", "CARNET-C"]);

        var participants = (await (await agent.GetAsync("/api/v1/tontine-participants?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        participants.Should().HaveCount(16, "15 with booklets and one who has not contributed since joining");
        participants.Select(p => p.GetProperty("currentCycle").GetInt32()).Distinct().Should().Contain([1, 2, 3]);
        participants.Should().Contain(p => p.GetProperty("cellsFilled").GetInt64() > 31, "some booklets are past their first cycle");
        foreach (var p in participants)
        {
            var (cells, daily) = (p.GetProperty("cellsFilled").GetInt64(), p.GetProperty("dailyAmount").GetDecimal());
            p.GetProperty("commissionTotal").GetDecimal().Should().Be((cells + 30) / 31 * daily, "the first cell of each cycle is the commission");
            (p.GetProperty("savedBalance").GetDecimal() + p.GetProperty("withdrawnTotal").GetDecimal()).Should().Be((cells - (cells + 30) / 31) * daily);
        }
        var example = participants.Single(p => p.GetProperty("tontineCode").GetString() == "TM-DANTO" && p.GetProperty("cellsFilled").GetInt64() == 38);
        example.GetProperty("commissionTotal").GetDecimal().Should().Be(1_000, "docs/tontines.md's worked example");
        example.GetProperty("savedBalance").GetDecimal().Should().Be(18_000);

        var supervisor = await app.As("supervisor");
        foreach (var status in new[] { "Approved", "Pending" })
            (await (await supervisor.GetAsync($"/api/v1/tontine-withdrawals?status={status}")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(1, status);
        (await (await supervisor.GetAsync("/api/v1/payments?purpose=TontineContribution&status=Succeeded")).JsonAsync())
            .GetProperty("totalCount").GetInt32().Should().BePositive("some contributions came by mobile money");
        var adhesions = (await (await agent.GetAsync("/api/v1/tontine-adhesions?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("status").GetString()).ToList();
        adhesions.Should().Contain(["Requested", "Validated", "Rejected", "Active"]);

        (await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/verify")).JsonAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Demo_sent_the_days_reminders_once_as_the_system_actor()
    {
        // An installment due in 3 days, one unpaid since yesterday, a participant without a contribution for 4 days.
        var kinds = await app.ScalarAsync<string>(
            "SELECT string_agg(DISTINCT kind, ',' ORDER BY kind) FROM outbox_messages WHERE channel = 'Sms' AND client_id IS NOT NULL");
        kinds!.Split(',').Should().Contain(["InstallmentDueSoon", "InstallmentOverdue", "TontineContributionsMissed"]);
        (await app.ScalarAsync<long>("SELECT count(*) FROM sent_reminders WHERE sms_written")).Should().Be(await app.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE kind IN ('InstallmentDueSoon', 'InstallmentOverdue', 'TontineContributionsMissed')"));
        (await (await (await app.As("agent")).GetAsync("/api/v1/notifications?kind=InstallmentOverdue")).JsonAsync())
            .GetProperty("totalCount").GetInt32().Should().BePositive("the agent in charge is told too");
        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=SendReminders&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("system");

        // Sent once: the job finds nothing more to send that day (the seeding's, should it have crossed midnight).
        var day = await app.ScalarAsync<DateOnly>("SELECT max(run_date) FROM sent_reminders");
        var again = await (await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/jobs/reminders", new { date = day })).JsonAsync();
        (again.GetProperty("installmentsDueSoon").GetInt32() + again.GetProperty("installmentsOverdue").GetInt32()
            + again.GetProperty("tontineContributionsMissed").GetInt32()).Should().Be(0);
    }

    [Fact]
    public async Task Demo_books_have_manual_entries_one_waiting_and_every_month_closed_but_the_last_one_over()
    {
        var accountant = await app.As("accountant");
        var pending = await (await accountant.GetAsync("/api/v1/journal-entries/manual?status=PendingApproval")).JsonAsync();
        pending.GetProperty("totalCount").GetInt32().Should().Be(1);
        pending.GetProperty("items")[0].GetProperty("attachmentName").GetString().Should().Be("facture-motos.pdf");
        (await (await accountant.GetAsync("/api/v1/journal-entries/manual?status=Posted")).JsonAsync()).GetProperty("totalCount").GetInt32()
            .Should().BeGreaterThan(3, "the share capital and each month's salaries");

        var periods = (await (await accountant.GetAsync("/api/v1/accounting/periods")).JsonAsync()).EnumerateArray().ToList();
        var lastOver = Lending.Today.AddMonths(-1).ToString("yyyy-MM");
        periods.Single(p => p.GetProperty("month").GetString() == lastOver).GetProperty("canClose").GetBoolean().Should().BeTrue("the accountant's next close");
        var closed = periods.Where(p => p.GetProperty("status").GetString() == "Closed").ToList();
        closed.Should().HaveCount(periods.Count - 2, "every month but the current and the last one over");
        closed.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Demo_statements_balance_and_the_open_years_result_is_the_balance_sheets()
    {
        var accountant = await app.As("accountant");
        async Task<Dictionary<string, decimal>> TotalsAsync(string url) =>
            (await (await accountant.GetAsync(url)).JsonAsync()).GetProperty("totals").EnumerateArray()
            .Where(t => t.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
            .ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("value").GetDecimal());
        var today = Lending.Today;
        // The open books start after the last December closed (its result is in retained earnings), else at the first month.
        var periods = (await (await accountant.GetAsync("/api/v1/accounting/periods")).JsonAsync()).EnumerateArray().ToList();
        var closedDecember = periods.Where(p => p.GetProperty("status").GetString() == "Closed" && p.GetProperty("month").GetString()!.EndsWith("-12", StringComparison.Ordinal))
            .Select(p => p.GetProperty("month").GetString()!).Max();
        var from = closedDecember is null ? periods[^1].GetProperty("month").GetString() + "-01" : $"{int.Parse(closedDecember[..4], System.Globalization.CultureInfo.InvariantCulture) + 1}-01-01";

        var sheet = await TotalsAsync($"/api/v1/reports/balance-sheet?asOf={today:yyyy-MM-dd}");
        var statement = await TotalsAsync($"/api/v1/reports/income-statement?from={from}&to={today:yyyy-MM-dd}");

        sheet["totalAssets"].Should().BePositive();
        sheet["totalAssets"].Should().Be(sheet["totalLiabilitiesAndEquity"], "assets = liabilities + equity + the result not yet closed (the passif's total)");
        statement["result"].Should().Be(sheet["result"], "the income statement of the open books is the balance sheet's result");
        statement["income"].Should().BePositive("the demo earns fees and interest");
    }

    [Fact]
    public async Task Demo_drawers_have_one_session_closed_short_and_validated_and_one_open()
    {
        var supervisor = await app.As("supervisor");
        // Today's; the three before it are the drawer_difference case (DemoAnomalies).
        var validated = (await (await supervisor.GetAsync("/api/v1/cash-drawers?status=Validated")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(s => DateOnly.Parse(s.GetProperty("businessDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) == Lending.Today).ToList();
        validated.Should().ContainSingle();
        validated[0].GetProperty("difference").GetDecimal().Should().Be(-500);
        validated[0].GetProperty("expectedCash").GetDecimal().Should().Be(80_000, "a 50 000 float, 40 000 deposited and 10 000 withdrawn in cash");
        validated[0].GetProperty("differenceEntryNumber").ValueKind.Should().Be(JsonValueKind.Number);
        var open = (await (await app.As("supervisor")).GetAsync("/api/v1/cash-drawers/current")).JsonAsync();
        (await open).GetProperty("session").GetProperty("status").GetString().Should().Be("Open");
    }

    [Fact]
    public async Task Demo_detection_found_one_case_of_each_anomaly_rule()
    {
        // The demo plants one case of each of the ten rules (docs/anomalies.md "Demo"): late_repayment, unusual_amount,
        // structuring, off_hours, near_duplicate, early_large_withdrawal, drawer_difference, missing_guarantee,
        // reversal_rate, unresolved_payment.
        var auditor = await app.As("auditor");
        var trail = await (await auditor.GetAsync("/api/v1/audit?action=DetectAnomalies&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("system", "the seeding ran the detection as the scheduler would");
        foreach (var rule in Microfinance.Domain.Anomalies.AnomalyRule.All.Select(r => r.Code))
        {
            var found = await (await auditor.GetAsync($"/api/v1/anomalies?rule={rule}&pageSize=100")).JsonAsync();
            found.GetProperty("totalCount").GetInt32().Should().BePositive(rule);
        }

        // Normal activity raises nothing: the one near-duplicate is the planted pair, 35 000 F in cash two minutes apart
        // (the demo's history is dated on its value days, not all at the minute of seeding).
        var duplicates = (await (await auditor.GetAsync("/api/v1/anomalies?rule=near_duplicate")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        duplicates.Should().ContainSingle();
        duplicates[0].GetProperty("figures").GetProperty("amount").GetString().Should().Be("35000");
        duplicates[0].GetProperty("figures").GetProperty("secondsApart").GetString().Should().Be("120");

        // The one off_hours finding is the planted 22:30 deposit, whatever the hour or the day the demo was seeded: a demo
        // seeded before the branches open or on a Sunday dates that day's activity in business hours all the same.
        var offHours = (await (await auditor.GetAsync("/api/v1/anomalies?rule=off_hours")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        offHours.Should().ContainSingle();
        offHours[0].GetProperty("figures").GetProperty("localTime").GetString().Should().Be("22:30");
        offHours[0].GetProperty("figures").GetProperty("amount").GetString().Should().Be("42500");

        // The same situations found again are not reported twice.
        var again = await (await auditor.PostJsonAsync("/api/v1/anomalies/detect")).JsonAsync();
        again.GetProperty("rules").EnumerateArray().Sum(r => r.GetProperty("new").GetInt32()).Should().Be(0);
    }

    [Fact]
    public async Task Demo_products_exist_with_their_terms()
    {
        var products = await (await (await app.As("agent")).GetAsync("/api/v1/deposit-products")).JsonAsync();
        var savings = products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "EPARGNE");
        savings.GetProperty("withdrawalApprovalThreshold").GetDecimal().Should().Be(500_000);
        products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "COURANT").GetProperty("allowsSingleStepOpening").GetBoolean().Should().BeTrue();
    }
}
