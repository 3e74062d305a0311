namespace Microfinance.FunctionalTests;

/// <summary>
/// The transaction explorer: every movement of the institution (account movements, loan repayments, opening fees, cash
/// disbursements), cumulative filters, sorts, the filtered set's totals, its export, and no filter ignored.
/// </summary>
public sealed class TransactionExplorerTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task Filters_add_up_and_the_totals_are_those_of_the_whole_filtered_set()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("TXEX"));
        await _banking.DepositAsync(account, 10_000);
        await _banking.DepositAsync(account, 60_000);
        await _banking.DepositAsync(account, 25_000);
        var mistaken = await _banking.DepositAsync(account, 7_000);
        var supervisor = await app.As("supervisor");
        using var reversal = await Banking.SendMoneyAsync(supervisor, $"/api/v1/transactions/{mistaken.GetProperty("id").GetGuid()}/reverse",
            new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString());
        reversal.StatusCode.Should().Be(HttpStatusCode.OK, await reversal.Content.ReadAsStringAsync());
        var accountant = await app.As("accountant");

        async Task<JsonElement> Explore(string filters) =>
            await (await accountant.GetAsync($"/api/v1/transactions?accountId={account}&{filters}")).JsonAsync();
        static decimal[] Amounts(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("amount").GetDecimal())];

        var large = await Explore("type=Deposit&minAmount=20000&reversed=false&pageSize=1&sort=-amount");
        Amounts(large).Should().Equal(60_000);
        large.GetProperty("totalCount").GetInt32().Should().Be(2, "60 000 and 25 000, the page shows one");
        large.GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(85_000, "totals are over the filtered set, not the page");

        Amounts(await Explore("type=Deposit&sort=amount")).Should().Equal(7_000, 10_000, 25_000, 60_000);
        Amounts(await Explore("reversed=true")).Should().Equal(7_000);
        var reversals = await Explore("type=Reversal");
        Amounts(reversals).Should().Equal(7_000);
        reversals.GetProperty("totals").GetProperty("debits").GetDecimal().Should().Be(7_000);
        (await Explore("channel=MobileMoney")).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await Explore($"from={Lending.Today.AddDays(1):yyyy-MM-dd}")).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await Explore("minAmount=8000&maxAmount=30000&type=Deposit")).GetProperty("totalCount").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task A_cash_repayment_an_opening_fee_and_a_cash_disbursement_are_movements_of_their_client_filtered_sorted_and_exported()
    {
        var client = await _banking.CreateClientAsync("Kossi", "Explorateur");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("TXFEE", openingFee: 1_500), client);
        await _banking.DepositAsync(account, 40_000);
        var loan = await Lending.ApprovedLoanAsync(await Lending.CreateProductAsync("TXLN"), 120_000, 4, 0, client);
        using (var disbursed = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{loan}/disburse",
            new { mode = "Cash", date = Lending.Today.ToString("yyyy-MM-dd") }))
            disbursed.StatusCode.Should().Be(HttpStatusCode.OK, await disbursed.Content.ReadAsStringAsync());
        using (var repaid = await Lending.RepayAsync(loan, 30_000))
            repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
        var loanNumber = (await Lending.LoanAsync(loan)).GetProperty("number").GetString();
        var accountNumber = (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString();
        var accountant = await app.As("accountant");

        async Task<JsonElement> Explore(string filters) =>
            await (await accountant.GetAsync($"/api/v1/transactions?clientId={client}&{filters}")).JsonAsync();
        static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

        var all = await Explore("sort=amount");
        var (fee, repayment, deposit, disbursement) = (Items(all)[0], Items(all)[1], Items(all)[2], Items(all)[3]);
        Items(all).Should().HaveCount(4);
        Items(all).Should().AllSatisfy(m =>
        {
            m.GetProperty("clientId").GetGuid().Should().Be(client);
            m.GetProperty("clientName").GetString().Should().Be("Kossi Explorateur");
            m.GetProperty("channel").GetString().Should().Be("Cash");
            m.GetProperty("valueDate").GetString().Should().Be(Lending.Today.ToString("yyyy-MM-dd"));
        });
        (fee.GetProperty("type").GetString(), fee.GetProperty("amount").GetDecimal(), fee.GetProperty("isCredit").GetBoolean()).Should().Be(("OpeningFee", 1_500m, true));
        fee.GetProperty("source").GetString().Should().Be("OpeningFee");
        fee.GetProperty("accountId").GetGuid().Should().Be(account);
        fee.GetProperty("accountNumber").GetString().Should().Be(accountNumber);
        (repayment.GetProperty("type").GetString(), repayment.GetProperty("amount").GetDecimal(), repayment.GetProperty("isCredit").GetBoolean())
            .Should().Be(("LoanRepayment", 30_000m, true));
        repayment.GetProperty("loanId").GetGuid().Should().Be(loan);
        repayment.GetProperty("loanNumber").GetString().Should().Be(loanNumber);
        repayment.GetProperty("accountId").ValueKind.Should().Be(JsonValueKind.Null);
        (deposit.GetProperty("type").GetString(), deposit.GetProperty("source").GetString()).Should().Be(("Deposit", "AccountTransaction"));
        (disbursement.GetProperty("type").GetString(), disbursement.GetProperty("amount").GetDecimal(), disbursement.GetProperty("isCredit").GetBoolean())
            .Should().Be(("LoanDisbursement", 120_000m, false));
        (disbursement.GetProperty("source").GetString(), disbursement.GetProperty("loanId").GetGuid()).Should().Be(("CashDisbursement", loan));
        all.GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(71_500, "the fee, the repayment and the deposit");
        all.GetProperty("totals").GetProperty("debits").GetDecimal().Should().Be(120_000, "the cash disbursed");

        static string[] Types(JsonElement page) => [.. Items(page).Select(m => m.GetProperty("type").GetString()!)];
        Types(await Explore("sort=-amount")).Should().Equal("LoanDisbursement", "Deposit", "LoanRepayment", "OpeningFee");
        var repayments = await Explore("type=LoanRepayment");
        Types(repayments).Should().Equal("LoanRepayment");
        repayments.GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(30_000);
        Types(await Explore($"accountId={account}&sort=amount")).Should().Equal("OpeningFee", "Deposit");
        Types(await Explore("minAmount=1000&maxAmount=35000&sort=amount")).Should().Equal("OpeningFee", "LoanRepayment");
        var agentId = (await (await (await app.As("agent")).GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("id").GetGuid();
        Types(await Explore($"agentId={agentId}&type=LoanRepayment")).Should().Equal("LoanRepayment");
        (await Explore("categorized=true")).GetProperty("totalCount").GetInt32().Should().Be(0, "only an account movement takes a category");
        (await Explore("channel=MobileMoney")).GetProperty("totalCount").GetInt32().Should().Be(0);
        var branch = (await (await (await app.As("agent")).GetAsync($"/api/v1/clients/{client}")).JsonAsync()).GetProperty("branchId").GetGuid();
        (await Explore($"branchId={branch}")).GetProperty("totalCount").GetInt32().Should().Be(4, "each movement carries its account's or loan's branch");

        var repaymentId = repayment.GetProperty("id").GetGuid();
        using (var reversed = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{loan}/repayments/{repaymentId}/reverse", new { reason = "Billet faux" }))
            reversed.StatusCode.Should().Be(HttpStatusCode.OK, await reversed.Content.ReadAsStringAsync());
        Types(await Explore("reversed=true")).Should().Equal("LoanRepayment");
        (await Explore("reversed=false")).GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(41_500);

        using var csv = await accountant.GetAsync($"/api/v1/transactions?clientId={client}&sort=amount&format=csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Skip(1).Should().HaveCount(4);
        lines[1].Should().Contain($",{accountNumber},Kossi Explorateur,Frais d'ouverture de compte,Espèces,,1500,,,");
        lines[2].Should().Contain($",{loanNumber},Kossi Explorateur,Remboursement de crédit,Espèces,,30000,,,").And.EndWith(",Oui");
        lines[4].Should().Contain($",{loanNumber},Kossi Explorateur,Décaissement de crédit,Espèces,,,120000,,");

        using var report = await accountant.GetAsync("/api/v1/reports/transactions?format=csv");
        report.StatusCode.Should().Be(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        var reportLines = System.Text.Encoding.UTF8.GetString((await report.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        reportLines.Where(l => l.Contains("Kossi Explorateur")).Select(l => l.Split(',')[4])
            .Should().BeEquivalentTo(["Frais d'ouverture de compte", "Dépôt", "Décaissement de crédit", "Remboursement de crédit"], "the report reads the same movements");
    }

    [Fact]
    public async Task A_filter_the_explorer_does_not_know_or_a_range_upside_down_is_a_400_never_ignored()
    {
        var agent = await app.As("agent");

        var unknown = await (await agent.GetAsync("/api/v1/transactions?category=Commerce")).ShouldBeProblemAsync(400);
        unknown.GetProperty("errors").GetProperty("category")[0].GetString().Should().Contain("minAmount");
        (await (await agent.GetAsync("/api/v1/transactions?minAmount=100&maxAmount=10")).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("maxAmount").GetArrayLength().Should().Be(1);
        (await (await agent.GetAsync("/api/v1/transactions?sort=size")).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("sort")[0].GetString().Should().Contain("-amount");
        await (await agent.GetAsync("/api/v1/transactions?type=Gift")).ShouldBeProblemAsync(400);
        await (await agent.GetAsync("/api/v1/transactions?source=LoanRepayment")).ShouldBeProblemAsync(400);
        await (await agent.GetAsync("/api/v1/transactions?channel=2")).ShouldBeProblemAsync(400);
    }
}
