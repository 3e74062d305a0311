namespace Microfinance.FunctionalTests;

public sealed class DepositAccountTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task An_account_is_requested_approved_by_someone_else_then_activated_with_its_opening_fee_posted()
    {
        var product = await _banking.CreateProductAsync("EPFEE", minimumBalance: 1000, openingFee: 2000);
        var client = await _banking.CreateClientAsync();
        var agent = await app.As("agent");
        var supervisor = await app.As("supervisor");

        var requested = await (await agent.PostJsonAsync("/api/v1/accounts", new { clientId = client, productId = product })).JsonAsync();
        requested.GetProperty("status").GetString().Should().Be("Requested");
        var number = requested.GetProperty("number").GetString()!;
        number.Should().MatchRegex("^COT-[0-9]{8}-[0-9]{2}$");
        var id = requested.GetProperty("id").GetGuid();

        await (await agent.PostJsonAsync($"/api/v1/accounts/{id}/approve")).ShouldBeProblemAsync(403);
        await (await agent.PostJsonAsync($"/api/v1/accounts/{id}/activate", new { channel = "Cash" })).ShouldBeProblemAsync(422, "account_status_conflict");
        (await (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/approve")).JsonAsync()).GetProperty("status").GetString().Should().Be("Approved");
        var active = await (await agent.PostJsonAsync($"/api/v1/accounts/{id}/activate", new { channel = "Cash" })).JsonAsync();
        active.GetProperty("status").GetString().Should().Be("Active");
        active.GetProperty("balance").GetDecimal().Should().Be(0, "the fee is paid in cash, not taken from the empty account");
        active.GetProperty("minimumBalance").GetDecimal().Should().Be(1000, "the activation may leave the account below its minimum: it only bars withdrawals");
        active.GetProperty("openingFeePaid").GetDecimal().Should().Be(2000);
        active.GetProperty("openingFeeChannel").GetString().Should().Be("Cash");
        var feeEntryNumber = active.GetProperty("openingFeeEntryNumber").GetInt64();

        var journal = await (await (await app.As("accountant")).GetAsync("/api/v1/journal-entries?source=OpeningFee")).JsonAsync();
        var fee = journal.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("description").GetString()!.Contains(number));
        var lines = fee.GetProperty("lines").EnumerateArray().ToList();
        lines.Should().Contain(l => l.GetProperty("glAccountCode").GetString() == "101" && l.GetProperty("debit").GetDecimal() == 2000);
        lines.Should().Contain(l => l.GetProperty("glAccountCode").GetString() == "704" && l.GetProperty("credit").GetDecimal() == 2000);
        fee.GetProperty("number").GetInt64().Should().Be(feeEntryNumber, "the account names the entry its fee was posted by");
        (await (await agent.GetAsync($"/api/v1/accounts/{id}")).JsonAsync()).GetProperty("openingFeeEntryNumber").GetInt64().Should().Be(feeEntryNumber);
    }

    [Fact]
    public async Task The_requester_cannot_approve_their_own_account()
    {
        var product = await _banking.CreateProductAsync("EPMAKER");
        var client = await _banking.CreateClientAsync();
        var supervisor = await app.As("supervisor");
        var id = (await (await supervisor.PostJsonAsync("/api/v1/accounts", new { clientId = client, productId = product })).JsonAsync()).GetProperty("id").GetGuid();

        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/approve")).ShouldBeProblemAsync(422, "maker_checker");
    }

    [Fact]
    public async Task A_supervisor_rejects_a_requested_opening_with_a_reason_kept_and_audited()
    {
        var product = await _banking.CreateProductAsync("EPREFUS");
        var client = await _banking.CreateClientAsync();
        var agent = await app.As("agent");
        var supervisor = await app.As("supervisor");
        var id = (await (await agent.PostJsonAsync("/api/v1/accounts", new { clientId = client, productId = product })).JsonAsync()).GetProperty("id").GetGuid();

        await (await agent.PostJsonAsync($"/api/v1/accounts/{id}/reject", new { reason = "Pièce d'identité illisible" })).ShouldBeProblemAsync(403);
        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/reject", new { reason = "  " })).ShouldBeProblemAsync(400, "validation_failed");
        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{Guid.NewGuid()}/reject", new { reason = "Inconnu" })).ShouldBeProblemAsync(404);

        using var response = await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/reject", new { reason = " Pièce d'identité illisible " });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rejected = await response.JsonAsync();
        rejected.GetProperty("status").GetString().Should().Be("Rejected");
        rejected.GetProperty("rejectionReason").GetString().Should().Be("Pièce d'identité illisible");
        rejected.GetProperty("rejectedAt").ValueKind.Should().Be(JsonValueKind.String);
        rejected.GetProperty("rejectedBy").GetGuid().Should().NotBeEmpty();

        var reread = await (await agent.GetAsync($"/api/v1/accounts/{id}")).JsonAsync();
        reread.GetProperty("status").GetString().Should().Be("Rejected");
        reread.GetProperty("rejectionReason").GetString().Should().Be("Pièce d'identité illisible");
        (await (await agent.GetAsync($"/api/v1/accounts?status=Requested&clientId={client}")).JsonAsync()).GetProperty("totalCount").GetInt32()
            .Should().Be(0, "a rejected opening leaves the approval queue");

        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/reject", new { reason = "Encore" })).ShouldBeProblemAsync(422, "account_status_conflict");
        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/approve")).ShouldBeProblemAsync(422, "account_status_conflict");
        await (await agent.PostJsonAsync($"/api/v1/accounts/{id}/activate", new { channel = "Cash" })).ShouldBeProblemAsync(422, "account_status_conflict");

        var trail = await (await (await app.As("auditor")).GetAsync($"/api/v1/audit?entityType=DepositAccount&entityId={id}")).JsonAsync();
        var record = trail.GetProperty("items").EnumerateArray().First();
        record.GetProperty("action").GetString().Should().Be("RejectAccount");
        record.GetProperty("actorUsername").GetString().Should().Be("supervisor");
        var after = JsonDocument.Parse(record.GetProperty("after").GetString()!).RootElement;
        after.GetProperty("status").GetString().Should().Be("Rejected");
        after.GetProperty("rejectionReason").GetString().Should().Be("Pièce d'identité illisible");
    }

    [Fact]
    public async Task Only_a_requested_opening_can_be_rejected_and_never_by_its_requester()
    {
        var product = await _banking.CreateProductAsync("EPREJ2");
        var supervisor = await app.As("supervisor");
        var own = (await (await supervisor.PostJsonAsync("/api/v1/accounts", new { clientId = await _banking.CreateClientAsync(), productId = product })).JsonAsync()).GetProperty("id").GetGuid();
        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{own}/reject", new { reason = "Doublon" })).ShouldBeProblemAsync(422, "maker_checker");

        var agent = await app.As("agent");
        var approved = (await (await agent.PostJsonAsync("/api/v1/accounts", new { clientId = await _banking.CreateClientAsync(), productId = product })).JsonAsync()).GetProperty("id").GetGuid();
        (await supervisor.PostJsonAsync($"/api/v1/accounts/{approved}/approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        var problem = await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/accounts/{approved}/reject", new { reason = "Trop tard" }))
            .ShouldBeProblemAsync(422, "account_status_conflict");
        problem.GetProperty("detail").GetString().Should().Contain("rejeté");
    }

    [Fact]
    public async Task A_client_without_kyc_gets_no_approved_account()
    {
        var product = await _banking.CreateProductAsync("EPKYC");
        var agent = await app.As("agent");
        var pending = (await (await agent.PostJsonAsync("/api/v1/clients", new
        {
            firstName = "Sans",
            lastName = "Papiers",
            gender = "Female",
            dateOfBirth = "1990-01-01",
            phone = "+22997555001",
        })).JsonAsync()).GetProperty("id").GetGuid();
        var id = (await (await agent.PostJsonAsync("/api/v1/accounts", new { clientId = pending, productId = product })).JsonAsync()).GetProperty("id").GetGuid();

        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{id}/approve")).ShouldBeProblemAsync(422, "client_kyc_pending");
    }

    [Fact]
    public async Task A_single_step_product_opens_active_at_once()
    {
        var product = await _banking.CreateProductAsync("COURANT1", kind: "Current", singleStep: true);
        var opened = await (await (await app.As("agent")).PostJsonAsync("/api/v1/accounts", new { clientId = await _banking.CreateClientAsync(), productId = product })).JsonAsync();

        opened.GetProperty("status").GetString().Should().Be("Active");
        opened.GetProperty("productKind").GetString().Should().Be("Current");
    }

    [Fact]
    public async Task Deposit_then_withdraw_moves_the_balance_and_posts_balanced_entries()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPFLOW"));
        var agent = await app.As("agent");

        var deposit = await _banking.DepositAsync(account, 50_000);
        deposit.GetProperty("balanceAfter").GetRawText().Should().Be("50000", "amounts are written without the storage scale");
        deposit.GetProperty("type").GetString().Should().Be("Deposit");
        deposit.GetProperty("journalEntryNumber").GetInt64().Should().BePositive();

        using var withdrawal = await agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 20_000, channel = "MobileMoney", reference = "MM-778" });
        withdrawal.StatusCode.Should().Be(HttpStatusCode.Created);
        var posted = await withdrawal.JsonAsync();
        posted.GetProperty("balanceAfter").GetDecimal().Should().Be(30_000);
        posted.GetProperty("isCredit").GetBoolean().Should().BeFalse();

        (await _banking.BalanceAsync(account)).Should().Be(30_000);
        var receipt = await (await agent.GetAsync($"/api/v1/transactions/{posted.GetProperty("id").GetGuid()}")).JsonAsync();
        receipt.GetProperty("reference").GetString().Should().Be("MM-778");
        receipt.GetProperty("channel").GetString().Should().Be("MobileMoney");
        // Both answers are built from memory, not read back: they must be exactly what a read returns.
        receipt.GetRawText().Should().Be(posted.GetRawText());
        (await (await agent.GetAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}")).JsonAsync()).GetRawText()
            .Should().Be(deposit.GetRawText());
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_withdrawal_never_takes_the_balance_below_the_minimum()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPMIN", minimumBalance: 5_000));
        await _banking.DepositAsync(account, 10_000);
        var agent = await app.As("agent");

        var problem = await (await agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 5_001, channel = "Cash" }))
            .ShouldBeProblemAsync(422, "insufficient_funds");
        // French by default, amounts grouped as a reader in Cotonou writes them.
        problem.GetProperty("detail").GetString().Should().Contain(5_000m.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("fr")));
        (await agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 5_000, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _banking.BalanceAsync(account)).Should().Be(5_000);
    }

    [Theory]
    [InlineData(100.5, "amount")]
    [InlineData(0, "amount")]
    [InlineData(-10, "amount")]
    [InlineData(20_000_000_000, "amount")]
    public async Task Bad_amounts_are_400_naming_the_amount(decimal amount, string field)
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync($"B{Guid.NewGuid():N}"[..12]));
        var problem = await (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount, channel = "Cash" }))
            .ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_future_value_date_is_refused_and_a_past_one_is_kept()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPDATE"));
        var agent = await app.As("agent");
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        var lastWeek = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd");

        (await (await agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 1000, channel = "Cash", valueDate = tomorrow }))
            .ShouldBeProblemAsync(400)).GetProperty("errors").GetProperty("valueDate").GetArrayLength().Should().Be(1);
        var backdated = await (await agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 1000, channel = "Cash", valueDate = lastWeek })).JsonAsync();
        backdated.GetProperty("valueDate").GetString().Should().Be(lastWeek);
        var earlier = DateTime.UtcNow.AddDays(-8).ToString("yyyy-MM-dd");
        await (await agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 1000, channel = "Cash", valueDate = earlier }))
            .ShouldBeProblemAsync(422, "value_date_before_last_movement");
    }

    [Fact]
    public async Task The_statement_shows_opening_balance_movements_running_balance_and_closing_balance()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPSTMT"));
        var agent = await app.As("agent");
        var d1 = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
        var d2 = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd");
        var d3 = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        await agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 10_000, channel = "Cash", valueDate = d1 });
        await agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 5_000, channel = "Cash", valueDate = d2 });
        await agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 3_000, channel = "Cash", valueDate = d3 });

        var statement = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?from={d2}&to={d3}")).JsonAsync();
        statement.GetProperty("openingBalance").GetDecimal().Should().Be(10_000);
        statement.GetProperty("closingBalance").GetDecimal().Should().Be(12_000);
        statement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("balanceAfter").GetDecimal()).Should().Equal(15_000, 12_000);
        statement.GetProperty("totalCount").GetInt32().Should().Be(2);

        var paged = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?pageSize=1&page=3")).JsonAsync();
        paged.GetProperty("items")[0].GetProperty("amount").GetDecimal().Should().Be(3_000);
    }

    [Fact]
    public async Task A_withdrawal_above_the_threshold_waits_for_a_supervisor_who_did_not_ask_for_it()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPTHR", threshold: 100_000));
        await _banking.DepositAsync(account, 300_000);
        var agent = await app.As("agent");
        var supervisor = await app.As("supervisor");

        using var asked = await agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 150_000, channel = "Cash" });
        asked.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var pending = await asked.JsonAsync();
        pending.GetProperty("status").GetString().Should().Be("Pending");
        var requestId = pending.GetProperty("id").GetGuid();
        (await _banking.BalanceAsync(account)).Should().Be(300_000, "nothing moves before approval");

        var inbox = await (await supervisor.GetAsync("/api/v1/withdrawals?status=Pending")).JsonAsync();
        inbox.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).Should().Contain(requestId);
        await (await agent.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve")).ShouldBeProblemAsync(403);

        using var approved = await supervisor.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve");
        approved.StatusCode.Should().Be(HttpStatusCode.Created);
        (await approved.JsonAsync()).GetProperty("balanceAfter").GetDecimal().Should().Be(150_000);
        await (await supervisor.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve")).ShouldBeProblemAsync(422, "withdrawal_already_decided");
        (await _banking.BalanceAsync(account)).Should().Be(150_000);
    }

    [Fact]
    public async Task A_supervisors_own_large_withdrawal_needs_another_supervisor_and_can_be_rejected()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPREJ", threshold: 50_000));
        await _banking.DepositAsync(account, 100_000);
        var supervisor = await app.As("supervisor");

        var requestId = (await (await supervisor.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 60_000, channel = "Cash" })).JsonAsync())
            .GetProperty("id").GetGuid();
        await (await supervisor.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve")).ShouldBeProblemAsync(422, "maker_checker");

        var rejected = await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/withdrawals/{requestId}/reject", new { reason = "Signature différente" })).JsonAsync();
        rejected.GetProperty("status").GetString().Should().Be("Rejected");
        rejected.GetProperty("rejectionReason").GetString().Should().Be("Signature différente");
        (await _banking.BalanceAsync(account)).Should().Be(100_000);
    }

    [Fact]
    public async Task A_transfer_moves_money_between_two_accounts_in_one_entry()
    {
        var product = await _banking.CreateProductAsync("EPXFER");
        var from = await _banking.OpenActiveAccountAsync(product);
        var to = await _banking.OpenActiveAccountAsync(product);
        await _banking.DepositAsync(from, 40_000);

        using var response = await (await app.As("agent")).PostJsonAsync("/api/v1/transfers", new { fromAccountId = from, toAccountId = to, amount = 15_000, reference = "Loyer" });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var transfer = await response.JsonAsync();
        transfer.GetProperty("debit").GetProperty("journalEntryId").GetGuid().Should().Be(transfer.GetProperty("credit").GetProperty("journalEntryId").GetGuid());

        (await _banking.BalanceAsync(from)).Should().Be(25_000);
        (await _banking.BalanceAsync(to)).Should().Be(15_000);
        await (await (await app.As("agent")).PostJsonAsync("/api/v1/transfers", new { fromAccountId = from, toAccountId = to, amount = 25_001 }))
            .ShouldBeProblemAsync(422, "insufficient_funds");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_transfer_refused_on_its_second_leg_leaves_nothing_half_done()
    {
        var product = await _banking.CreateProductAsync("EPHALF");
        var from = await _banking.OpenActiveAccountAsync(product);
        var to = await _banking.OpenActiveAccountAsync(product);
        await _banking.DepositAsync(from, 10_000);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{to}/close")).EnsureSuccessStatusCode();
        var entriesBefore = await app.ScalarAsync<long>("SELECT count(*) FROM journal_entries");

        // The debit of the source succeeds in memory before the closed destination refuses the credit.
        await (await (await app.As("agent")).PostJsonAsync("/api/v1/transfers", new { fromAccountId = from, toAccountId = to, amount = 4_000 }))
            .ShouldBeProblemAsync(422, "account_status_conflict");

        (await _banking.BalanceAsync(from)).Should().Be(10_000);
        (await app.ScalarAsync<long>("SELECT count(*) FROM journal_entries")).Should().Be(entriesBefore);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM account_transactions WHERE account_id = '{from}'")).Should().Be(1);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_reversal_restores_the_balance_marks_the_original_and_cannot_be_repeated()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPREV"));
        var deposit = await _banking.DepositAsync(account, 8_000);
        var depositId = deposit.GetProperty("id").GetGuid();
        var supervisor = await app.As("supervisor");

        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/transactions/{depositId}/reverse", new { reason = "Erreur" })).ShouldBeProblemAsync(403);
        var reversal = await (await supervisor.PostJsonAsync($"/api/v1/transactions/{depositId}/reverse", new { reason = "Saisie en double" })).JsonAsync();
        reversal[0].GetProperty("type").GetString().Should().Be("Reversal");
        reversal[0].GetProperty("balanceAfter").GetDecimal().Should().Be(0);
        reversal[0].GetProperty("reversesTransactionId").GetGuid().Should().Be(depositId);

        var original = await (await supervisor.GetAsync($"/api/v1/transactions/{depositId}")).JsonAsync();
        original.GetProperty("reversalReason").GetString().Should().Be("Saisie en double");
        await (await supervisor.PostJsonAsync($"/api/v1/transactions/{depositId}/reverse", new { reason = "Encore" })).ShouldBeProblemAsync(422, "already_reversed");

        var entries = await (await (await app.As("accountant")).GetAsync("/api/v1/journal-entries?source=Reversal")).JsonAsync();
        entries.GetProperty("items").EnumerateArray().Should().Contain(e => e.GetProperty("reversesEntryId").GetGuid() == deposit.GetProperty("journalEntryId").GetGuid());
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_reversal_that_would_overdraw_is_refused()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPOVER"));
        var deposit = await _banking.DepositAsync(account, 10_000);
        (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 7_000, channel = "Cash" })).EnsureSuccessStatusCode();

        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}/reverse", new { reason = "Erreur" }))
            .ShouldBeProblemAsync(422, "insufficient_funds");
        (await _banking.BalanceAsync(account)).Should().Be(3_000);
    }

    [Fact]
    public async Task Reversing_a_transfer_restores_both_accounts()
    {
        var product = await _banking.CreateProductAsync("EPXREV");
        var from = await _banking.OpenActiveAccountAsync(product);
        var to = await _banking.OpenActiveAccountAsync(product);
        await _banking.DepositAsync(from, 9_000);
        var transfer = await (await (await app.As("agent")).PostJsonAsync("/api/v1/transfers", new { fromAccountId = from, toAccountId = to, amount = 4_000 })).JsonAsync();

        var reversals = await (await (await app.As("supervisor")).PostJsonAsync(
            $"/api/v1/transactions/{transfer.GetProperty("credit").GetProperty("id").GetGuid()}/reverse", new { reason = "Mauvais compte" })).JsonAsync();

        reversals.GetArrayLength().Should().Be(2);
        (await _banking.BalanceAsync(from)).Should().Be(9_000);
        (await _banking.BalanceAsync(to)).Should().Be(0);
    }

    [Fact]
    public async Task Only_an_empty_account_closes_and_a_closed_account_takes_no_money()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPCLOSE"));
        await _banking.DepositAsync(account, 1_000);
        var supervisor = await app.As("supervisor");

        await (await supervisor.PostJsonAsync($"/api/v1/accounts/{account}/close")).ShouldBeProblemAsync(422, "balance_not_zero");
        (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 1_000, channel = "Cash" })).EnsureSuccessStatusCode();
        (await (await supervisor.PostJsonAsync($"/api/v1/accounts/{account}/close")).JsonAsync()).GetProperty("status").GetString().Should().Be("Closed");
        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 500, channel = "Cash" }))
            .ShouldBeProblemAsync(422, "account_status_conflict");
    }
}
