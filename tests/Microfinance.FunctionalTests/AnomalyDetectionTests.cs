namespace Microfinance.FunctionalTests;

/// <summary>
/// Anomaly detection end to end (docs/anomalies.md): the detection's counts, one finding per situation found again rather
/// than twice, the auditors' review, the settings, the notice of serious findings. Each rule's own tests plant its pattern
/// and the normal activity around it: <c>AnomalyOperationRulesTests</c>, <c>AnomalyControlRulesTests</c>.
/// </summary>
public sealed class AnomalyDetectionTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly AnomalyFindings _findings = new(app);

    [Fact]
    public async Task A_late_loan_is_found_once_with_its_figures_and_a_loan_on_time_is_not()
    {
        var lending = new Lending(app, _banking);
        var product = await lending.CreateProductAsync("ANL1");
        // Monthly installments: disbursed 100 days ago and never repaid, the first fell due about 70 days ago.
        var late = await lending.ActiveLoanAsync(product, 300_000, 6, 12, Lending.Today.AddDays(-100));
        var onTime = await lending.ActiveLoanAsync(product, 300_000, 6, 12, Lending.Today.AddDays(-10));

        var detection = await _findings.DetectAsync();
        detection.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule").GetString())
            .Should().Contain(["late_repayment", "near_duplicate"]);
        var finding = await _findings.AboutAsync("late_repayment", late);
        finding.Should().NotBeNull();
        var figures = finding!.Value.GetProperty("figures");
        var firstDue = (await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{late}/schedule")).JsonAsync()).EnumerateArray().First().GetProperty("dueDate").GetString()!;
        figures.GetProperty("oldestUnpaidDueDate").GetString().Should().Be(firstDue);
        int.Parse(figures.GetProperty("daysLate").GetString()!).Should().Be(Lending.Today.DayNumber - DateOnly.Parse(firstDue).DayNumber);
        decimal.Parse(figures.GetProperty("amountAtRisk").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(300_000);
        finding.Value.GetProperty("status").GetString().Should().Be("Open");
        finding.Value.GetProperty("severity").GetString().Should().Be("Medium");
        finding.Value.GetProperty("subjects").EnumerateArray().Should().Contain(s => s.GetProperty("type").GetString() == "Loan" && s.GetProperty("id").GetGuid() == late);
        (await _findings.AboutAsync("late_repayment", onTime)).Should().BeNull("its first installment is not due yet");

        // Found again: the same finding, counted twice, not a second one.
        var again = await _findings.DetectAsync();
        again.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "late_repayment")
            .GetProperty("new").GetInt32().Should().Be(0);
        var same = await _findings.AboutAsync("late_repayment", late);
        same!.Value.GetProperty("id").GetGuid().Should().Be(finding.Value.GetProperty("id").GetGuid());
        same.Value.GetProperty("detectionCount").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task The_review_goes_open_acknowledged_explained_with_comments_and_a_dismissed_finding_stays_dismissed()
    {
        var lending = new Lending(app, _banking);
        var product = await lending.CreateProductAsync("ANL2");
        var first = await lending.ActiveLoanAsync(product, 200_000, 4, 12, Lending.Today.AddDays(-95));
        var second = await lending.ActiveLoanAsync(product, 200_000, 4, 12, Lending.Today.AddDays(-95));
        var auditor = await app.As("auditor");
        await _findings.DetectAsync();
        var a = (await _findings.AboutAsync("late_repayment", first))!.Value.GetProperty("id").GetGuid();
        var b = (await _findings.AboutAsync("late_repayment", second))!.Value.GetProperty("id").GetGuid();

        await (await auditor.PostJsonAsync($"/api/v1/anomalies/{a}/explain", new { comment = "" })).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/anomalies/{a}/acknowledge", new { comment = "Vu" })).ShouldBeProblemAsync(403);
        await (await auditor.PostJsonAsync($"/api/v1/anomalies/{Guid.NewGuid()}/acknowledge", new { comment = "Vu" })).ShouldBeProblemAsync(404);

        var dashboardBefore = await AuditorDashboardAsync(auditor);
        dashboardBefore.GetProperty("openFindings").GetInt32().Should().Be((int)await app.ScalarAsync<long>("SELECT count(*) FROM anomalies WHERE status = 'Open'"));
        var acknowledged = await (await auditor.PostJsonAsync($"/api/v1/anomalies/{a}/acknowledge", new { comment = "Appel du client prévu" })).JsonAsync();
        acknowledged.GetProperty("status").GetString().Should().Be("Acknowledged");
        (await AuditorDashboardAsync(auditor)).GetProperty("openFindings").GetInt32().Should().Be(dashboardBefore.GetProperty("openFindings").GetInt32() - 1,
            "the auditor's dashboard counts the findings nobody has looked at yet");
        await (await auditor.PostJsonAsync($"/api/v1/anomalies/{a}/acknowledge", new { comment = "Encore" })).ShouldBeProblemAsync(422, "anomaly_not_open");
        var explained = await (await auditor.PostJsonAsync($"/api/v1/anomalies/{a}/explain", new { comment = "Rééchelonnement en cours" })).JsonAsync();
        explained.GetProperty("status").GetString().Should().Be("Explained");
        explained.GetProperty("comments").EnumerateArray().Select(c => (c.GetProperty("status").GetString(), c.GetProperty("text").GetString(), c.GetProperty("byName").GetString()))
            .Should().Equal(("Acknowledged", "Appel du client prévu", "Fatou Ndiaye"), ("Explained", "Rééchelonnement en cours", "Fatou Ndiaye"));
        await (await auditor.PostJsonAsync($"/api/v1/anomalies/{a}/dismiss", new { comment = "Non" })).ShouldBeProblemAsync(422, "anomaly_closed");

        (await (await auditor.PostJsonAsync($"/api/v1/anomalies/{b}/dismiss", new { comment = "Prêt de démonstration" })).JsonAsync())
            .GetProperty("status").GetString().Should().Be("Dismissed");
        await _findings.DetectAsync();
        (await _findings.AboutAsync("late_repayment", second))!.Value.GetProperty("status").GetString().Should().Be("Dismissed", "nothing got worse");

        var trail = await (await (await app.As("sfd.admin")).GetAsync($"/api/v1/audit?entityType=Anomaly&entityId={a}")).JsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).Should().Contain("ReviewAnomaly");
    }

    [Fact]
    public async Task Settings_turn_a_rule_off_and_change_its_parameters_and_refuse_what_is_not_a_rule()
    {
        var admin = await app.As("sfd.admin");
        var defaults = await (await admin.GetAsync("/api/v1/anomalies/settings")).JsonAsync();
        var late = defaults.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "late_repayment");
        late.GetProperty("enabled").GetBoolean().Should().BeTrue();
        late.GetProperty("parameters").GetProperty("minDaysLate").GetDecimal().Should().Be(30);
        defaults.GetProperty("rules").GetArrayLength().Should().Be(10);

        await (await admin.PutJsonAsync("/api/v1/anomalies/settings", new { rules = new[] { new { rule = "no_such_rule", enabled = true } } })).ShouldBeProblemAsync(400);
        await (await admin.PutJsonAsync("/api/v1/anomalies/settings",
            new { rules = new[] { new { rule = "late_repayment", enabled = true, parameters = new Dictionary<string, decimal> { ["nope"] = 1 } } } })).ShouldBeProblemAsync(400);
        await (await admin.PutJsonAsync("/api/v1/anomalies/settings",
            new { rules = new[] { new { rule = "late_repayment", enabled = true, parameters = new Dictionary<string, decimal> { ["minDaysLate"] = -1 } } } })).ShouldBeProblemAsync(400);
        await (await (await app.As("auditor")).PutJsonAsync("/api/v1/anomalies/settings", new { rules = Array.Empty<object>() })).ShouldBeProblemAsync(403);

        try
        {
            var changed = await (await admin.PutJsonAsync("/api/v1/anomalies/settings", new
            {
                rules = new object[]
                {
                    new { rule = "near_duplicate", enabled = false },
                    new { rule = "late_repayment", enabled = true, parameters = new Dictionary<string, decimal> { ["minDaysLate"] = 45 } },
                },
            })).JsonAsync();
            var rules = changed.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);
            rules["near_duplicate"].GetProperty("enabled").GetBoolean().Should().BeFalse();
            rules["late_repayment"].GetProperty("parameters").GetProperty("minDaysLate").GetDecimal().Should().Be(45);
            rules["late_repayment"].GetProperty("defaults").GetProperty("minDaysLate").GetDecimal().Should().Be(30);

            var detection = await _findings.DetectAsync();
            detection.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).Should().NotContain("near_duplicate");
        }
        finally
        {
            (await admin.PutJsonAsync("/api/v1/anomalies/settings", new { rules = Array.Empty<object>() })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Auditors_are_told_of_new_serious_findings()
    {
        var lending = new Lending(app, _banking);
        var product = await lending.CreateProductAsync("ANL3");
        // Over 90 days late: high severity.
        var loan = await lending.ActiveLoanAsync(product, 150_000, 3, 12, Lending.Today.AddDays(-130));
        var auditor = await app.As("auditor");
        await _findings.DetectAsync();
        (await _findings.AboutAsync("late_repayment", loan))!.Value.GetProperty("severity").GetString().Should().Be("High");

        var feed = await (await auditor.GetAsync("/api/v1/notifications?kind=AnomaliesFound")).JsonAsync();
        feed.GetProperty("items").EnumerateArray().Should().Contain(n => n.GetProperty("link").GetString() == "/anomalies?severity=High&status=Open");
    }

    [Fact]
    public async Task The_list_filters_and_refuses_unknown_filters()
    {
        var lending = new Lending(app, _banking);
        await lending.ActiveLoanAsync(await lending.CreateProductAsync("ANL4"), 100_000, 3, 12, Lending.Today.AddDays(-80));
        var auditor = await app.As("auditor");
        await _findings.DetectAsync();
        await (await auditor.GetAsync("/api/v1/anomalies?rule=nope")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies?severity=Huge")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).GetAsync("/api/v1/anomalies")).ShouldBeProblemAsync(403);
        var open = await (await auditor.GetAsync("/api/v1/anomalies?status=Open&rule=late_repayment&pageSize=100")).JsonAsync();
        open.GetProperty("items").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(a => a.GetProperty("status").GetString() == "Open" && a.GetProperty("rule").GetString() == "late_repayment");
    }

    private static async Task<JsonElement> AuditorDashboardAsync(HttpClient auditor) =>
        (await (await auditor.GetAsync("/api/v1/dashboard")).JsonAsync()).GetProperty("auditor");
}
