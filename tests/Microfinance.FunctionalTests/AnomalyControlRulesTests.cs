using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The control rules of anomaly detection (docs/anomalies.md "The rules in detail (controls)"): each pattern planted
/// through the API and found by <c>POST /anomalies/detect</c> with its figures, beside the normal activity around it
/// that raises nothing. Where the API cannot make the past (a drawer closed weeks ago, a payment flagged days ago) or
/// what the workflow refuses (a loan without the guarantee its product asks), the test moves a timestamp or a product
/// term with SQL, and says so.
/// </summary>
public sealed class AnomalyControlRulesTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly AnomalyFindings _findings = new(app);
    private readonly Paying _paying = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task Repeated_drawer_differences_of_one_holder_are_one_finding_that_grows_and_scattered_or_small_ones_are_not()
    {
        // The agent: three differences of at least 1 000 today (two short, one over) and a small one that does not count.
        await DrawerAsync("agent", 8_000);
        await DrawerAsync("agent", 8_500);
        await DrawerAsync("agent", 9_700);
        await DrawerAsync("agent", 11_000);
        // The supervisor: the same three differences, but weeks apart; and one small miscount.
        var scattered = new[] { await DrawerAsync("supervisor", 8_000), await DrawerAsync("supervisor", 8_000), await DrawerAsync("supervisor", 8_000) };
        await DrawerAsync("supervisor", 9_900);
        // Sessions cannot be opened in the past through the API: the first two are moved back 80 and 40 days.
        await app.ExecuteSqlAsync($"""
            UPDATE cash_drawer_sessions SET business_date = business_date - 80 WHERE id = '{scattered[0]}';
            UPDATE cash_drawer_sessions SET business_date = business_date - 40 WHERE id = '{scattered[1]}';
            """);
        var agent = await UserIdAsync("agent");

        await _findings.DetectAsync();
        var finding = (await _findings.AboutAsync("drawer_difference", agent))!.Value;
        Figures(finding).Should().Contain(new Dictionary<string, string>
        {
            ["sessions"] = "3", ["totalShortfall"] = "3500", ["totalSurplus"] = "1000", ["netShortfall"] = "2500", ["largestDifference"] = "-2000",
            ["firstSessionOn"] = $"{Lending.Today:yyyy-MM-dd}",
        });
        finding.GetProperty("severity").GetString().Should().Be("Medium", "a net shortfall of 2 500 is under 50 000");
        finding.GetProperty("subjects").EnumerateArray().Count(s => s.GetProperty("type").GetString() == "CashDrawerSession").Should().Be(3);
        (await _findings.AboutAsync("drawer_difference", await UserIdAsync("supervisor"))).Should().BeNull("its differences are 40 days apart");

        // Another difference joins the run: the same finding, grown — not a second one for the window that slid.
        await DrawerAsync("agent", 7_000);
        await _findings.DetectAsync();
        var grown = (await _findings.AboutAsync("drawer_difference", agent))!.Value;
        grown.GetProperty("id").GetGuid().Should().Be(finding.GetProperty("id").GetGuid());
        Figures(grown)["sessions"].Should().Be("4");
        Figures(grown)["totalShortfall"].Should().Be("6500");
        grown.GetProperty("magnitude").GetDecimal().Should().Be(4);
    }

    [Fact]
    public async Task A_loan_disbursed_without_its_guarantee_or_above_three_times_the_savings_it_had_is_found_and_a_covered_loan_is_not()
    {
        var savingsProduct = await _banking.CreateProductAsync("ACRSAV");
        var open = await Lending.CreateProductAsync("ACRGO");
        var guarded = await Lending.CreateProductAsync("ACRGU", guaranteeAbove: 100_000);

        // No guarantee asked when it was granted, no savings: the product asks a guarantee above 200 000 since. The
        // workflow refuses such a loan today, so the product is tightened with SQL after the disbursement (an import
        // or a change of terms does the same).
        var bare = await Lending.ActiveLoanAsync(open, 400_000, 6, 12);
        await app.ExecuteSqlAsync($"UPDATE loan_products SET guarantee_required_above = 200000 WHERE id = '{open}'");

        // Guaranteed, but 400 000 on 100 000 of savings; the million saved after the disbursement does not excuse it.
        var thin = await _banking.CreateClientAsync();
        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(savingsProduct, thin), 100_000);
        var stretched = await GuaranteedLoanAsync(guarded, thin, 400_000);
        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(savingsProduct, thin), 1_000_000);

        // Normal: guaranteed and within three times the savings.
        var saver = await _banking.CreateClientAsync();
        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(savingsProduct, saver), 200_000);
        var covered = await GuaranteedLoanAsync(guarded, saver, 300_000);

        await _findings.DetectAsync();
        var findings = await _findings.OfRuleAsync("missing_guarantee");

        var bareFindings = AnomalyFindings.Concerning(findings, bare).ToDictionary(f => Figures(f)["reason"]);
        bareFindings.Keys.Should().BeEquivalentTo(["guarantee_missing", "above_savings_multiple"]);
        Figures(bareFindings["guarantee_missing"]).Should().Contain(new Dictionary<string, string>
        {
            ["principal"] = "400000", ["guaranteeRequiredAbove"] = "200000", ["product"] = "ACRGO", ["disbursementDate"] = $"{Lending.Today:yyyy-MM-dd}",
        });
        bareFindings["guarantee_missing"].GetProperty("severity").GetString().Should().Be("High", "twice the threshold");
        bareFindings["guarantee_missing"].GetProperty("magnitude").GetDecimal().Should().Be(200_000);
        Figures(bareFindings["above_savings_multiple"])["savingsAtDisbursement"].Should().Be("0");
        bareFindings["guarantee_missing"].GetProperty("agentId").GetGuid().Should().Be(await UserIdAsync("sfd.admin"), "the SFD admin approved it");

        var stretchedFinding = AnomalyFindings.Concerning(findings, stretched).Should().ContainSingle().Subject;
        Figures(stretchedFinding).Should().Contain(new Dictionary<string, string>
        {
            ["reason"] = "above_savings_multiple", ["principal"] = "400000", ["savingsAtDisbursement"] = "100000", ["savingsLimit"] = "300000",
            ["maxSavingsMultiple"] = "3",
        });
        stretchedFinding.GetProperty("severity").GetString().Should().Be("Medium");
        stretchedFinding.GetProperty("magnitude").GetDecimal().Should().Be(100_000);
        AnomalyFindings.Concerning(findings, covered).Should().BeEmpty();
    }

    [Fact]
    public async Task An_agent_whose_operations_are_reversed_far_more_than_the_peers_is_found_and_an_agent_at_the_peers_rate_is_not()
    {
        var admin = await app.As("sfd.admin");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("ACRREV"));
        // Six operations each; the peers have one reversed (16.67 %), the careless agent four (66.67 %): three of five
        // deposits and a loan repayment.
        var careless = await AgentAsync("rev.careless");
        var usual = await AgentAsync("rev.usual");
        await AgentAsync("rev.peer1", reversed: 1, account);
        await AgentAsync("rev.peer2", reversed: 1, account);
        await OperationsAsync(usual.Client, account, reversed: 1);
        await OperationsAsync(careless.Client, account, reversed: 3, count: 5);
        var loan = await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("ACRREVL"), 100_000, 4, 12);
        using (var repaid = await Banking.SendMoneyAsync(careless.Client, $"/api/v1/loans/{loan}/repayments",
                   new { amount = 10_000, date = Lending.Today.ToString("yyyy-MM-dd"), channel = "Cash" }))
        {
            repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
            (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{loan}/repayments/{(await repaid.JsonAsync()).GetProperty("id").GetGuid()}/reverse",
                new { reason = "Reçu annulé" })).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        try
        {
            (await admin.PutJsonAsync("/api/v1/anomalies/settings", new
            {
                rules = new[] { new { rule = "reversal_rate", enabled = true, parameters = new Dictionary<string, decimal> { ["minOperations"] = 6 } } },
            })).EnsureSuccessStatusCode();
            await _findings.DetectAsync();

            var finding = (await _findings.AboutAsync("reversal_rate", careless.Id))!.Value;
            Figures(finding).Should().Contain(new Dictionary<string, string>
            {
                ["operations"] = "6", ["reversed"] = "4", ["ratePercent"] = "66.67", ["peerMedianPercent"] = "16.67", ["minOperations"] = "6",
            });
            finding.GetProperty("severity").GetString().Should().Be("High", "66.67 % is above 10 %");
            finding.GetProperty("agentId").GetGuid().Should().Be(careless.Id, "the one who recorded them, not the supervisor who reversed them");
            (await _findings.AboutAsync("reversal_rate", usual.Id)).Should().BeNull("16.67 % is the peers' own rate");
            (await _findings.AboutAsync("reversal_rate", await UserIdAsync("supervisor"))).Should().BeNull("reversing is not recording");
        }
        finally
        {
            (await admin.PutJsonAsync("/api/v1/anomalies/settings", new { rules = Array.Empty<object>() })).EnsureSuccessStatusCode();
        }

        async Task<(Guid Id, HttpClient Client)> AgentAsync(string username, int? reversed = null, Guid? on = null)
        {
            var branch = (await (await admin.GetAsync("/api/v1/branches?search=centre")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
            using var created = await admin.PostJsonAsync("/api/v1/users", new
            {
                username, displayName = $"Agent {username}", role = "Agent", branchId = branch, password = "Guichet#2026",
            });
            created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var client = await app.SignedInAs(username, "Guichet#2026");
            if (reversed is { } count) await OperationsAsync(client, on!.Value, count);
            return ((await created.JsonAsync()).GetProperty("id").GetGuid(), client);
        }
    }

    [Fact]
    public async Task Flagged_and_orphan_payments_left_unresolved_are_found_and_one_flagged_today_or_resolved_is_not()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("ACRPAY"));
        var old = await FlaggedAsync(account);
        var today = await FlaggedAsync(account);
        var lost = await OrphanAsync(7_000);
        var refunded = await OrphanAsync(3_000);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/payments/orphans/{refunded}/resolve", new { resolution = "Refunded", reason = "Rendu au payeur" }))
            .EnsureSuccessStatusCode();
        // Payments cannot be flagged or received in the past through the API: their times are moved back with SQL.
        await app.ExecuteSqlAsync($"""
            UPDATE payment_intents SET settled_at = settled_at - interval '3 days' WHERE id = '{old}';
            UPDATE orphan_payments SET received_at = received_at - interval '20 days' WHERE id IN ('{lost}', '{refunded}');
            """);
        await _findings.DetectAsync();

        var flagged = (await _findings.AboutAsync("unresolved_payment", old))!.Value;
        var received = (await _paying.PaymentAsync(old)).GetProperty("receivedAmount").GetDecimal();
        Figures(flagged).Should().Contain(new Dictionary<string, string>
        {
            ["kind"] = "PaymentIntent", ["amount"] = received.ToString(CultureInfo.InvariantCulture), ["reason"] = "amount_mismatch",
            ["purpose"] = "Deposit", ["daysUnresolved"] = "3", ["provider"] = "sandbox",
        });
        flagged.GetProperty("severity").GetString().Should().Be("Medium");
        flagged.GetProperty("subjects").EnumerateArray().Should().Contain(s => s.GetProperty("type").GetString() == "PaymentIntent");

        var orphan = (await _findings.AboutAsync("unresolved_payment", lost))!.Value;
        Figures(orphan).Should().Contain(new Dictionary<string, string> { ["kind"] = "OrphanPayment", ["amount"] = "7000", ["daysUnresolved"] = "20" });
        orphan.GetProperty("severity").GetString().Should().Be("High", "20 days is past 14");
        orphan.GetProperty("magnitude").GetDecimal().Should().Be(7_000);

        (await _findings.AboutAsync("unresolved_payment", today)).Should().BeNull("flagged today: the supervisor has two days");
        (await _findings.AboutAsync("unresolved_payment", refunded)).Should().BeNull("resolved");
    }

    /// <summary>Opens <paramref name="user"/>'s drawer with a 10 000 float and closes it counting <paramref name="counted"/>.</summary>
    private async Task<Guid> DrawerAsync(string user, int counted)
    {
        var client = await app.As(user);
        using var opened = await client.PostJsonAsync("/api/v1/cash-drawers", new { counts = new[] { new { denomination = "note-10000", count = 1 } } });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        var counts = new List<object>();
        foreach (var (code, value) in new[] { ("note-10000", 10_000), ("note-5000", 5_000), ("note-1000", 1_000), ("coin-100", 100) })
        {
            if (counted / value > 0) counts.Add(new { denomination = code, count = counted / value });
            counted %= value;
        }
        using var closed = await client.PostJsonAsync($"/api/v1/cash-drawers/{id}/close", new { counts });
        closed.StatusCode.Should().Be(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Applied with a guarantee, approved along the normal path, disbursed in cash today.</summary>
    private async Task<Guid> GuaranteedLoanAsync(Guid product, Guid client, decimal amount)
    {
        using var applied = await Lending.ApplyAsync(client, product, amount, 6, 12, guarantee: "Titre foncier n° 1234");
        applied.StatusCode.Should().Be(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var id = (await applied.JsonAsync()).GetProperty("id").GetGuid();
        var supervisor = await app.As("supervisor");
        (await (await app.As("agent")).PostJsonAsync($"/api/v1/loan-applications/{id}/submit")).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/review")).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/recommend")).EnsureSuccessStatusCode();
        using var approved = await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/loan-applications/{id}/approve");
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        using var disbursed = await supervisor.PostJsonAsync($"/api/v1/loans/{id}/disburse", new { mode = "Cash", date = Lending.Today.ToString("yyyy-MM-dd") });
        disbursed.StatusCode.Should().Be(HttpStatusCode.OK, await disbursed.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary><paramref name="count"/> deposits by <paramref name="client"/>, the first <paramref name="reversed"/> of them reversed by the supervisor.</summary>
    private async Task OperationsAsync(HttpClient client, Guid account, int reversed, int count = 6)
    {
        var supervisor = await app.As("supervisor");
        for (var i = 0; i < count; i++)
        {
            // Distinct amounts: the same amount twice within minutes is another rule's finding.
            using var deposit = await Banking.SendMoneyAsync(client, $"/api/v1/accounts/{account}/deposits", new { amount = 1_000 + i * 100, channel = "Cash" });
            deposit.StatusCode.Should().Be(HttpStatusCode.Created, await deposit.Content.ReadAsStringAsync());
            if (i >= reversed) continue;
            using var reversal = await Banking.SendMoneyAsync(supervisor, $"/api/v1/transactions/{(await deposit.JsonAsync()).GetProperty("id").GetGuid()}/reverse",
                new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString());
            reversal.StatusCode.Should().Be(HttpStatusCode.OK, await reversal.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A deposit the sandbox confirms for another amount: flagged for a supervisor.</summary>
    private async Task<Guid> FlaggedAsync(Guid account)
    {
        var id = await _paying.IntentAsync("Deposit", account, 4_000, Paying.AnswersAnotherAmount);
        (await _paying.SettledAsync(id)).GetProperty("status").GetString().Should().Be("Flagged");
        return id;
    }

    /// <summary>Money delivered for a reference no intent has.</summary>
    private async Task<Guid> OrphanAsync(decimal amount)
    {
        var transaction = $"TX-{Guid.NewGuid():N}";
        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(Guid.NewGuid(), amount, transaction)))).Should().Be("Orphan");
        var orphans = await (await (await app.As("supervisor")).GetAsync("/api/v1/payments/orphans?status=Open&pageSize=100")).JsonAsync();
        return orphans.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("providerTransactionId").GetString() == transaction).GetProperty("id").GetGuid();
    }

    private async Task<Guid> UserIdAsync(string username) =>
        await app.ScalarAsync<Guid>($"SELECT id FROM users WHERE user_name = '{username}'");





    private static Dictionary<string, string> Figures(JsonElement finding) =>
        finding.GetProperty("figures").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
