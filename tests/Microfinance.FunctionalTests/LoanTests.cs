namespace Microfinance.FunctionalTests;

public sealed class LoanTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task Simulation_returns_the_exact_schedule_and_apr_and_writes_nothing()
    {
        var loansBefore = await app.ScalarAsync<long>("SELECT count(*) FROM loans");
        using var response = await (await app.As("agent")).PostJsonAsync("/api/v1/loans/simulate", new
        {
            principal = 100_000,
            annualInterestRatePercent = 12,
            numberOfInstallments = 12,
            frequency = "Monthly",
            interestMethod = "DecliningBalance",
            amortization = "EqualInstallments",
            disbursementDate = "2026-01-15",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var simulation = await response.JsonAsync();
        simulation.GetProperty("installments").GetArrayLength().Should().Be(12);
        simulation.GetProperty("installments")[0].GetProperty("total").GetDecimal().Should().Be(8_885);
        simulation.GetProperty("installments")[0].GetProperty("dueDate").GetString().Should().Be("2026-02-15");
        simulation.GetProperty("totalPrincipal").GetDecimal().Should().Be(100_000);
        simulation.GetProperty("totalInterest").GetDecimal().Should().Be(6_619);
        simulation.GetProperty("aprPercent").GetDecimal().Should().BeApproximately(12, 0.05m);
        (await app.ScalarAsync<long>("SELECT count(*) FROM loans")).Should().Be(loansBefore);

        await (await (await app.As("agent")).PostJsonAsync("/api/v1/loans/simulate", new
        {
            principal = 100.5,
            annualInterestRatePercent = 12,
            numberOfInstallments = 12,
            frequency = "Monthly",
            interestMethod = "Flat",
            amortization = "EqualInstallments",
            disbursementDate = "2026-01-15",
        })).ShouldBeProblemAsync(400, "validation_failed");
    }

    [Fact]
    public async Task Apply_recommend_approve_disburse_repay_twice_then_the_last_repayment_closes_the_loan()
    {
        var product = await Lending.CreateProductAsync("CRJOUR", feePercent: 1);
        var id = await Lending.ActiveLoanAsync(product, 120_000, 3, 12);

        var loan = await Lending.LoanAsync(id);
        loan.GetProperty("status").GetString().Should().Be("Active");
        loan.GetProperty("outstanding").GetDecimal().Should().Be(120_000 + 1_200 + 800 + 400 + 1_200);
        loan.GetProperty("nextDueAmount").GetDecimal().Should().Be(40_000 + 1_200 + 1_200);

        var preview = await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{id}/repayment-preview?amount=42400")).JsonAsync();
        using var firstRepayment = await Lending.RepayAsync(id, 42_400);
        firstRepayment.StatusCode.Should().Be(HttpStatusCode.Created);
        var first = await firstRepayment.JsonAsync();
        foreach (var part in new[] { "fees", "interest", "principal" })
            first.GetProperty($"{part}Part").GetDecimal().Should().Be(preview.GetProperty(part).GetDecimal(), $"the preview shows the {part} split");
        preview.GetProperty("fees").GetDecimal().Should().Be(1_200);
        var second = await (await Lending.RepayAsync(id, 40_800)).JsonAsync();
        second.GetProperty("principalPart").GetDecimal().Should().Be(40_000);
        second.GetProperty("interestPart").GetDecimal().Should().Be(800);

        var schedule = await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{id}/schedule")).JsonAsync();
        schedule.EnumerateArray().Select(i => i.GetProperty("state").GetString()).Should().Equal("Paid", "Paid", "Upcoming");

        await (await Lending.RepayAsync(id, 40_401)).ShouldBeProblemAsync(422, "repayment_exceeds_outstanding");
        (await Lending.RepayAsync(id, 40_400)).StatusCode.Should().Be(HttpStatusCode.Created);
        var closed = await Lending.LoanAsync(id);
        closed.GetProperty("status").GetString().Should().Be("Repaid");
        closed.GetProperty("outstanding").GetDecimal().Should().Be(0);
        closed.GetProperty("totalRepaid").GetDecimal().Should().Be(123_600);
        (await _banking.VerifyAsync()).ShouldBeOk();

        var journal = await (await (await app.As("accountant")).GetAsync("/api/v1/journal-entries?source=LoanRepayment&pageSize=100")).JsonAsync();
        journal.GetProperty("items").EnumerateArray().SelectMany(e => e.GetProperty("lines").EnumerateArray())
            .Where(l => l.GetProperty("glAccountCode").GetString() == "701").Sum(l => l.GetProperty("credit").GetDecimal())
            .Should().BeGreaterThanOrEqualTo(2_400, "interest is income when paid");
    }

    [Fact]
    public async Task Disbursing_to_a_savings_account_credits_it()
    {
        var product = await Lending.CreateProductAsync("CRSAV");
        var client = await _banking.CreateClientAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPLOAN"), client);
        var id = await Lending.ApprovedLoanAsync(product, 75_000, 3, 10, client);

        using var response = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{id}/disburse", new
        {
            mode = "ToSavingsAccount",
            accountId = account,
            date = Lending.Today.ToString("yyyy-MM-dd"),
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        (await _banking.BalanceAsync(account)).Should().Be(75_000);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Neither_the_creator_nor_the_recommender_may_approve()
    {
        var product = await Lending.CreateProductAsync("CRMAKER");
        using var applied = await Lending.ApplyAsync(await _banking.CreateClientAsync(), product, 50_000, 2, 10, as_: "sfd.admin");
        var id = (await applied.JsonAsync()).GetProperty("id").GetGuid();
        var supervisor = await app.As("supervisor");
        (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/loan-applications/{id}/submit")).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/review", new { numberOfInstallments = 4 })).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/recommend")).EnsureSuccessStatusCode();

        await (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/approve")).ShouldBeProblemAsync(403);
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/loan-applications/{id}/approve")).ShouldBeProblemAsync(422, "maker_checker");
        (await Lending.LoanAsync(id)).GetProperty("numberOfInstallments").GetInt32().Should().Be(4, "the supervisor changed the terms");
    }

    [Fact]
    public async Task Each_eligibility_rule_is_a_422_reason()
    {
        var strict = await Lending.CreateProductAsync("CRSTRICT", maxRate: 36, minSavingsAgeDays: 90, savingsRatio: 5, guaranteeAbove: 200_000);
        var client = await _banking.CreateClientAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPELIG"), client);
        await _banking.DepositAsync(account, 40_000);

        using var response = await Lending.ApplyAsync(client, strict, 300_000, 40, rate: 30);
        var problem = await response.ShouldBeProblemAsync(422, "loan_not_eligible");
        problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().BeEquivalentTo(
            "outside_product_bounds", "above_usury_cap", "guarantee_required", "savings_too_recent", "amount_above_savings_multiple");
    }

    [Fact]
    public async Task A_client_with_a_loan_in_arrears_gets_no_new_loan()
    {
        var product = await Lending.CreateProductAsync("CRLATE");
        var client = await _banking.CreateClientAsync();
        var late = await Lending.ApprovedLoanAsync(product, 60_000, 3, 12, client);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{late}/disburse", new
        {
            mode = "Cash",
            date = Lending.Today.AddDays(-45).ToString("yyyy-MM-dd"),
        })).EnsureSuccessStatusCode();

        var problem = await (await Lending.ApplyAsync(client, product, 20_000, 2, 12)).ShouldBeProblemAsync(422, "loan_not_eligible");
        problem.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("loan_in_arrears");
    }

    [Fact]
    public async Task End_of_day_charges_penalties_once_per_day_catches_up_and_feeds_par()
    {
        var product = await Lending.CreateProductAsync("CREOD", penaltyValue: 0.1m);
        var id = await Lending.ActiveLoanAsync(product, 100_000, 4, 12, Lending.Today.AddDays(-40));
        var admin = await app.As("sfd.admin");

        var first = await (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { })).JsonAsync();
        var second = await (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { })).JsonAsync();

        first.GetProperty("penaltiesCharged").GetInt32().Should().BeGreaterThan(0, "the first installment is late by some days");
        second.GetProperty("penaltiesCharged").GetInt32().Should().Be(0, "the same day twice changes nothing");
        // Installment 1 (25000 + 1000 interest) fell due 10 days ago: 0.1 % a day = 26 for each day late.
        var loan = await Lending.LoanAsync(id);
        var daysLate = (await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{id}/schedule")).JsonAsync())[0].GetProperty("dueDate").GetString() is { } due
            ? Lending.Today.DayNumber - DateOnly.Parse(due).DayNumber : 0;
        loan.GetProperty("totalPenalties").GetDecimal().Should().Be(26 * daysLate);
        loan.GetProperty("daysInArrears").GetInt32().Should().Be(daysLate);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM loan_penalty_charges WHERE loan_id = '{id}'")).Should().Be(daysLate);

        var par = await (await (await app.As("supervisor")).GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        par.GetProperty("overall").GetProperty("par1").GetDecimal().Should().BeGreaterThan(0);
        par.GetProperty("byBranch").GetArrayLength().Should().BeGreaterThan(0);
        par.GetProperty("byAgent").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Should().Contain("Awa Diallo");
        (await _banking.VerifyAsync()).ShouldBeOk();

        // Penalties are paid first.
        var repayment = await (await Lending.RepayAsync(id, 1_000)).JsonAsync();
        repayment.GetProperty("penaltiesPart").GetDecimal().Should().Be(Math.Min(1_000, 26 * daysLate));
    }

    [Fact]
    public async Task Reversing_a_repayment_re_allocates_the_later_ones_and_keeps_the_ledger_balanced()
    {
        var product = await Lending.CreateProductAsync("CRREV");
        var id = await Lending.ActiveLoanAsync(product, 90_000, 3, 12);
        var first = await (await Lending.RepayAsync(id, 30_900)).JsonAsync();
        await Lending.RepayAsync(id, 30_600);

        using var response = await (await app.As("supervisor")).PostJsonAsync(
            $"/api/v1/loans/{id}/repayments/{first.GetProperty("id").GetGuid()}/reverse", new { reason = "Chèque rejeté" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var repayments = await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{id}/transactions")).JsonAsync();
        var remaining = repayments.EnumerateArray().Single(r => r.GetProperty("reversedAt").ValueKind == JsonValueKind.Null);
        remaining.GetProperty("interestPart").GetDecimal().Should().Be(900, "it now pays the first installment's interest");
        remaining.GetProperty("principalPart").GetDecimal().Should().Be(29_700);
        (await Lending.LoanAsync(id)).GetProperty("outstanding").GetDecimal().Should().Be(90_000 + 900 + 600 + 300 - 30_600);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Two_concurrent_repayments_of_the_whole_outstanding_succeed_once()
    {
        var product = await Lending.CreateProductAsync("CRCONC");
        var id = await Lending.ActiveLoanAsync(product, 50_000, 1, 12);
        var outstanding = (await Lending.LoanAsync(id)).GetProperty("outstanding").GetDecimal();

        var responses = await Task.WhenAll(Lending.RepayAsync(id, outstanding), Lending.RepayAsync(id, outstanding));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity).Should().Be(1);
        (await Lending.LoanAsync(id)).GetProperty("status").GetString().Should().Be("Repaid");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_repayment_sent_twice_with_one_key_is_applied_once()
    {
        var product = await Lending.CreateProductAsync("CRIDEM");
        var id = await Lending.ActiveLoanAsync(product, 50_000, 2, 12);
        var key = Guid.NewGuid().ToString();

        var first = await Lending.RepayAsync(id, 10_000, key);
        var second = await Lending.RepayAsync(id, 10_000, key);

        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await Lending.LoanAsync(id)).GetProperty("totalRepaid").GetDecimal().Should().Be(10_000);
    }

    [Fact]
    public async Task A_written_off_loan_leaves_the_books_balanced()
    {
        var product = await Lending.CreateProductAsync("CRLOSS");
        var id = await Lending.ActiveLoanAsync(product, 40_000, 2, 12);
        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{id}/write-off", new { reason = "x" })).ShouldBeProblemAsync(403);

        var written = await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/loans/{id}/write-off", new { reason = "Client disparu" })).JsonAsync();

        written.GetProperty("status").GetString().Should().Be("WrittenOff");
        (await _banking.VerifyAsync()).ShouldBeOk();
        var trial = await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/trial-balance")).JsonAsync();
        trial.GetProperty("lines").EnumerateArray().Should().Contain(l => l.GetProperty("code").GetString() == "651" && l.GetProperty("debit").GetDecimal() >= 40_000);
    }
}
