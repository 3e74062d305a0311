namespace Microfinance.FunctionalTests;

/// <summary>
/// Mobile-money payments from the intent to the posting: the sandbox's own webhooks over real HTTP, and deliveries
/// forged, replayed, stale, duplicated and mismatched by the tests playing the provider.
/// </summary>
public sealed class PaymentTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Paying _paying = new(app);

    private async Task<Guid> AccountAsync() => await _banking.OpenActiveAccountAsync(await ProductAsync());

    private Guid? _product;
    private async Task<Guid> ProductAsync() => _product ??= await _banking.CreateProductAsync($"PAY{Guid.NewGuid():N}"[..10]);

    [Fact]
    public async Task A_sandbox_deposit_is_confirmed_by_its_signed_webhook_and_posted_once_with_channel_MobileMoney()
    {
        var account = await AccountAsync();
        using var created = await _paying.CreateAsync("Deposit", account, 5_000, Paying.Pays);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var intent = await created.JsonAsync();
        intent.GetProperty("status").GetString().Should().Be("Pending");
        intent.GetProperty("payerInstructions").GetString().Should().Contain("5\u202F000 XOF", "amounts are written the French way");
        intent.GetProperty("providerReference").GetString().Should().NotBeNullOrEmpty();
        created.Headers.Location!.ToString().Should().EndWith(intent.GetProperty("id").GetString()!);

        var settled = await _paying.SettledAsync(intent.GetProperty("id").GetGuid());

        settled.GetProperty("status").GetString().Should().Be("Succeeded");
        settled.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString())
            .Should().Equal("Created", "DeliveryReceived", "Verified", "Posted");
        (await _banking.BalanceAsync(account)).Should().Be(5_000);
        var statement = await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}/statement")).JsonAsync();
        var movement = statement.GetProperty("items").EnumerateArray().Single();
        movement.GetProperty("channel").GetString().Should().Be("MobileMoney");
        movement.GetProperty("id").GetGuid().Should().Be(settled.GetProperty("postedOperationId").GetGuid());
        // Into the provider's clearing account (class 3), not the institution's own e-money account.
        (await app.ScalarAsync<decimal>($"""
            SELECT sum(l.debit) FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN gl_accounts g ON g.id = l.gl_account_id
             WHERE g.code = '3721' AND e.description LIKE '%{(await AccountNumberAsync(account))}%'
            """)).Should().Be(5_000);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task The_sandbox_failing_number_fails_the_payment_and_posts_nothing()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 2_000, Paying.Fails);

        (await _paying.SettledAsync(id)).GetProperty("status").GetString().Should().Be("Failed");
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task The_sandbox_answering_twice_posts_once()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 3_000, Paying.AnswersTwice);

        (await _paying.SettledAsync(id)).GetProperty("status").GetString().Should().Be("Succeeded");
        await WaitUntilDeliveredAsync(id, copies: 2);
        (await _banking.BalanceAsync(account)).Should().Be(3_000);
    }

    [Fact]
    public async Task The_sandbox_answering_another_amount_flags_the_payment_and_posts_nothing()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 4_000, Paying.AnswersAnotherAmount);

        var flagged = await _paying.SettledAsync(id);
        flagged.GetProperty("status").GetString().Should().Be("Flagged");
        flagged.GetProperty("flagReason").GetString().Should().Be("amount_mismatch");
        flagged.GetProperty("receivedAmount").GetDecimal().Should().Be(3_900);
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_forged_signature_is_401_changes_nothing_and_is_counted_for_the_provider()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 5_000);
        var before = (await _paying.ProviderAsync()).GetProperty("rejectedDeliveries").GetInt64();
        var body = Paying.Body(id, 5_000, $"TX-{Guid.NewGuid():N}");

        await (await _paying.DeliverAsync(body, secret: "not-the-secret")).ShouldBeProblemAsync(401, "webhook_rejected");
        await (await _paying.DeliverAsync(body, signature: "t=1,v1=zz")).ShouldBeProblemAsync(401, "webhook_rejected");
        // A valid signature of another body.
        var other = Paying.Body(id, 50_000, "TX-OTHER");
        await (await _paying.DeliverAsync(body, signature: Microfinance.Infrastructure.Payments.WebhookSignature.Sign(ApiFactory.WebhookSecret, other, DateTimeOffset.UtcNow)))
            .ShouldBeProblemAsync(401, "webhook_rejected");

        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Pending");
        (await _banking.BalanceAsync(account)).Should().Be(0);
        var provider = await _paying.ProviderAsync();
        provider.GetProperty("rejectedDeliveries").GetInt64().Should().Be(before + 3);
        provider.GetProperty("lastRejectionReason").GetString().Should().Be("signature_mismatch");
    }

    [Fact]
    public async Task A_missing_signature_is_401()
    {
        var id = await _paying.IntentAsync("Deposit", await AccountAsync(), 5_000);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/sandbox")
            { Content = new ByteArrayContent(Paying.Body(id, 5_000, "TX-NOSIG")) };

        await (await app.Anonymous().SendAsync(request)).ShouldBeProblemAsync(401, "webhook_rejected");
        (await _paying.ProviderAsync()).GetProperty("lastRejectionReason").GetString().Should().Be("signature_missing");
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_outside_five_minutes_is_401_even_when_correctly_signed(int seconds)
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 5_000);

        await (await _paying.DeliverAsync(Paying.Body(id, 5_000, $"TX-{Guid.NewGuid():N}"), signedAt: DateTimeOffset.UtcNow.AddSeconds(seconds)))
            .ShouldBeProblemAsync(401, "webhook_rejected");

        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Pending");
        (await _paying.ProviderAsync()).GetProperty("lastRejectionReason").GetString().Should().Be("timestamp_outside_window");
    }

    [Fact]
    public async Task A_replayed_delivery_is_acknowledged_and_changes_nothing()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 6_000);
        var body = Paying.Body(id, 6_000, $"TX-{Guid.NewGuid():N}");

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(body))).Should().Be("Posted");
        (await Paying.OutcomeAsync(await _paying.DeliverAsync(body))).Should().Be("Duplicate");

        (await _banking.BalanceAsync(account)).Should().Be(6_000);
        (await _paying.PaymentAsync(id)).GetProperty("events").GetArrayLength().Should().Be(4);
    }

    [Fact]
    public async Task Twenty_copies_of_one_delivery_arriving_at_once_post_once()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 7_000);
        var body = Paying.Body(id, 7_000, $"TX-{Guid.NewGuid():N}");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ => await Paying.OutcomeAsync(await _paying.DeliverAsync(body))));

        outcomes.Count(o => o == "Posted").Should().Be(1);
        outcomes.Count(o => o == "Duplicate").Should().Be(19);
        (await _banking.BalanceAsync(account)).Should().Be(7_000);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM account_transactions WHERE account_id = '{account}'")).Should().Be(1);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Theory]
    [InlineData(7_500, "XOF", "amount_mismatch")]
    [InlineData(7_000, "EUR", "currency_mismatch")]
    public async Task A_confirmation_that_does_not_match_flags_the_payment_and_posts_nothing(decimal amount, string currency, string reason)
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 7_000);

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(id, amount, $"TX-{Guid.NewGuid():N}", currency: currency)))).Should().Be("Flagged");

        var payment = await _paying.PaymentAsync(id);
        payment.GetProperty("status").GetString().Should().Be("Flagged");
        payment.GetProperty("flagReason").GetString().Should().Be(reason);
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_supervisor_posts_a_flagged_payment_with_what_arrived_or_records_its_refund()
    {
        var account = await AccountAsync();
        var posted = await _paying.IntentAsync("Deposit", account, 8_000);
        var refunded = await _paying.IntentAsync("Deposit", account, 9_000);
        await _paying.DeliverAsync(Paying.Body(posted, 7_900, $"TX-{Guid.NewGuid():N}"));
        await _paying.DeliverAsync(Paying.Body(refunded, 9_000, $"TX-{Guid.NewGuid():N}", currency: "EUR"));
        var supervisor = await app.As("supervisor");

        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/payments/{posted}/resolve", new { resolution = "Post", reason = "Le client confirme" }))
            .ShouldBeProblemAsync(403);
        await (await supervisor.PostJsonAsync($"/api/v1/payments/{refunded}/resolve", new { resolution = "Post", reason = "?" }))
            .ShouldBeProblemAsync(422, "payment_not_postable");
        using var resolved = await supervisor.PostJsonAsync($"/api/v1/payments/{posted}/resolve", new { resolution = "Post", reason = "Le client confirme 7 900" });
        resolved.StatusCode.Should().Be(HttpStatusCode.OK, await resolved.Content.ReadAsStringAsync());
        (await supervisor.PostJsonAsync($"/api/v1/payments/{refunded}/resolve", new { resolution = "Refunded", reason = "Remboursé par l'agrégateur" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await resolved.JsonAsync()).GetProperty("status").GetString().Should().Be("Succeeded");
        (await _paying.PaymentAsync(refunded)).GetProperty("status").GetString().Should().Be("Refunded");
        (await _banking.BalanceAsync(account)).Should().Be(7_900);
        await (await supervisor.PostJsonAsync($"/api/v1/payments/{posted}/resolve", new { resolution = "Post", reason = "encore" }))
            .ShouldBeProblemAsync(422, "payment_not_flagged");
    }

    [Fact]
    public async Task A_success_whose_posting_a_business_rule_refuses_is_flagged_not_lost()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 5_000);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{account}/close")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(id, 5_000, $"TX-{Guid.NewGuid():N}")))).Should().Be("Flagged");

        var payment = await _paying.PaymentAsync(id);
        payment.GetProperty("status").GetString().Should().Be("Flagged");
        payment.GetProperty("flagReason").GetString().Should().Be("account_status_conflict");
        payment.GetProperty("receivedAmount").GetDecimal().Should().Be(5_000);
        (await _banking.BalanceAsync(account)).Should().Be(0);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Money_for_an_unknown_reference_is_acknowledged_and_kept_as_one_orphan_until_a_supervisor_credits_it()
    {
        var reference = Guid.NewGuid();
        var transaction = $"TX-{Guid.NewGuid():N}";
        var body = Paying.Body(reference, 12_000, transaction);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ => await Paying.OutcomeAsync(await _paying.DeliverAsync(body))));

        outcomes.Count(o => o == "Orphan").Should().Be(1);
        outcomes.Count(o => o == "Duplicate").Should().Be(9);
        var supervisor = await app.As("supervisor");
        var orphans = await (await supervisor.GetAsync("/api/v1/payments/orphans?status=Open&pageSize=100")).JsonAsync();
        var orphan = orphans.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("providerTransactionId").GetString() == transaction);
        orphan.GetProperty("reason").GetString().Should().Be("UnknownIntent");
        orphan.GetProperty("amount").GetDecimal().Should().Be(12_000);

        var account = await AccountAsync();
        var orphanId = orphan.GetProperty("id").GetGuid();
        await (await supervisor.PostJsonAsync($"/api/v1/payments/orphans/{orphanId}/resolve", new { resolution = "Post", reason = "Client identifié" }))
            .ShouldBeProblemAsync(400, "validation_failed");
        using var resolved = await supervisor.PostJsonAsync($"/api/v1/payments/orphans/{orphanId}/resolve",
            new { resolution = "Post", reason = "Client identifié par téléphone", accountId = account });
        resolved.StatusCode.Should().Be(HttpStatusCode.OK, await resolved.Content.ReadAsStringAsync());
        (await resolved.JsonAsync()).GetProperty("status").GetString().Should().Be("Resolved");
        (await _banking.BalanceAsync(account)).Should().Be(12_000);
        await (await supervisor.PostJsonAsync($"/api/v1/payments/orphans/{orphanId}/resolve", new { resolution = "Refunded", reason = "encore" }))
            .ShouldBeProblemAsync(422, "orphan_already_resolved");
    }

    [Fact]
    public async Task A_second_transaction_for_a_settled_intent_is_an_orphan_not_a_second_posting()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 2_500);
        await _paying.DeliverAsync(Paying.Body(id, 2_500, $"TX-{Guid.NewGuid():N}"));

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(id, 2_500, $"TX-{Guid.NewGuid():N}")))).Should().Be("Orphan");

        (await _banking.BalanceAsync(account)).Should().Be(2_500);
    }

    [Fact]
    public async Task A_failure_delivery_fails_the_intent()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 2_500);

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(id, 2_500, $"TX-{Guid.NewGuid():N}", "payment.failed")))).Should().Be("Failed");

        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Failed");
    }

    [Fact]
    public async Task An_opening_fee_paid_by_mobile_money_activates_the_account()
    {
        var product = await _banking.CreateProductAsync($"FEE{Guid.NewGuid():N}"[..10], openingFee: 1_500);
        using var opened = await (await app.As("agent")).PostJsonAsync("/api/v1/accounts", new { clientId = await _banking.CreateClientAsync(), productId = product });
        var account = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{account}/approve")).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await _paying.CreateAsync("AccountOpeningFee", account, 1_000, Paying.Pays)).ShouldBeProblemAsync(422, "opening_fee_amount");
        var id = await _paying.IntentAsync("AccountOpeningFee", account, 1_500, Paying.Pays);

        (await _paying.SettledAsync(id)).GetProperty("status").GetString().Should().Be("Succeeded");
        var detail = await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync();
        detail.GetProperty("status").GetString().Should().Be("Active");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_loan_repayment_paid_by_mobile_money_is_recorded_with_its_allocation()
    {
        var lending = new Lending(app, _banking);
        var loan = await lending.ActiveLoanAsync(await lending.CreateProductAsync($"MM{Guid.NewGuid():N}"[..8]), 100_000, 4, 12);
        var id = await _paying.IntentAsync("LoanRepayment", loan, 10_000, Paying.Pays);

        var settled = await _paying.SettledAsync(id);

        settled.GetProperty("status").GetString().Should().Be("Succeeded");
        var repayments = await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{loan}/transactions")).JsonAsync();
        var repayment = repayments.EnumerateArray().Single();
        repayment.GetProperty("channel").GetString().Should().Be("MobileMoney");
        repayment.GetProperty("amount").GetDecimal().Should().Be(10_000);
        repayment.GetProperty("id").GetGuid().Should().Be(settled.GetProperty("postedOperationId").GetGuid());
        await (await _paying.CreateAsync("LoanRepayment", loan, 10_000_000, Paying.Pays)).ShouldBeProblemAsync(422, "repayment_exceeds_outstanding");
    }

    [Fact]
    public async Task The_sandbox_delivers_a_pending_payment_on_demand_once()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 3_300, Paying.StaysPending);
        var agent = await app.As("agent");

        await (await (await app.As("auditor")).PostJsonAsync($"/api/v1/payments/sandbox/{id}/deliver")).ShouldBeProblemAsync(403);
        (await agent.PostJsonAsync($"/api/v1/payments/sandbox/{id}/deliver")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _paying.SettledAsync(id)).GetProperty("status").GetString().Should().Be("Succeeded");
        (await _banking.BalanceAsync(account)).Should().Be(3_300);
        await (await agent.PostJsonAsync($"/api/v1/payments/sandbox/{id}/deliver")).ShouldBeProblemAsync(422, "payment_not_pending");
        await (await agent.PostJsonAsync($"/api/v1/payments/sandbox/{Guid.NewGuid()}/deliver")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Bad_intents_get_clear_errors_and_create_nothing()
    {
        var account = await AccountAsync();
        var before = await app.ScalarAsync<long>("SELECT count(*) FROM payment_intents");

        var badPhone = await (await _paying.CreateAsync("Deposit", account, 1_000, "97000000")).ShouldBeProblemAsync(400, "validation_failed");
        badPhone.GetProperty("errors").TryGetProperty("payerPhone", out _).Should().BeTrue();
        await (await _paying.CreateAsync("Deposit", account, 1_000, Paying.Pays, provider: "nope")).ShouldBeProblemAsync(400, "validation_failed");
        await (await _paying.CreateAsync("Deposit", account, 0, Paying.Pays)).ShouldBeProblemAsync(400, "validation_failed");
        await (await _paying.CreateAsync("Deposit", Guid.NewGuid(), 1_000, Paying.Pays)).ShouldBeProblemAsync(404);
        await (await _paying.CreateAsync("Gift", account, 1_000, Paying.Pays)).ShouldBeProblemAsync(400, "validation_failed");
        await (await _paying.CreateAsync("Deposit", account, 1_000, Paying.Pays, user: "auditor")).ShouldBeProblemAsync(403);

        (await app.ScalarAsync<long>("SELECT count(*) FROM payment_intents")).Should().Be(before);
    }

    [Fact]
    public async Task Webhook_errors_are_problem_documents()
    {
        await (await _paying.DeliverAsync(Paying.Body(Guid.NewGuid(), 1_000, "TX-X"), provider: "no-such-provider")).ShouldBeProblemAsync(404);
        await (await _paying.DeliverAsync("{\"event\":\"payment.refunded\"}"u8.ToArray())).ShouldBeProblemAsync(400, "validation_failed");
        await (await _paying.DeliverAsync(new byte[70_000])).ShouldBeProblemAsync(413, "payload_too_large");
    }

    [Fact]
    public async Task Payments_are_listed_with_filters_and_words_only()
    {
        var account = await AccountAsync();
        var id = await _paying.IntentAsync("Deposit", account, 1_100);
        var agent = await app.As("agent");

        using var listed = await agent.GetAsync(
            $"/api/v1/payments?status=Pending&purpose=Deposit&provider=sandbox&targetId={account}&from={Lending.Today:yyyy-MM-dd}&to={Lending.Today:yyyy-MM-dd}");
        listed.StatusCode.Should().Be(HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
        var list = await listed.JsonAsync();
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(id);
        list.GetProperty("items")[0].GetProperty("targetNumber").GetString().Should().Be(await AccountNumberAsync(account));

        await (await agent.GetAsync("/api/v1/payments?status=Done")).ShouldBeProblemAsync(400, "validation_failed");
        await (await agent.GetAsync("/api/v1/payments?from=2026-05-02&to=2026-05-01")).ShouldBeProblemAsync(400, "validation_failed");
        await (await agent.GetAsync($"/api/v1/payments/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);
    }

    private async Task<string> AccountNumberAsync(Guid account) =>
        (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString()!;

    private async Task WaitUntilDeliveredAsync(Guid intent, int copies)
    {
        for (var waited = 0; waited < 15_000; waited += 100)
        {
            if (await app.ScalarAsync<long>($"SELECT count(*) FROM sandbox_deliveries WHERE payment_intent_id = '{intent}' AND delivered_at IS NOT NULL") == copies) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The sandbox did not deliver {copies} webhooks for {intent}.");
    }
}
