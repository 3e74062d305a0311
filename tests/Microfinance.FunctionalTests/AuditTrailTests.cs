using Npgsql;

namespace Microfinance.FunctionalTests;

public sealed class AuditTrailTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_state_change_is_recorded_with_actor_before_after_ip_and_correlation_id()
    {
        var admin = await app.As("sfd.admin");
        var branch = await (await admin.PostJsonAsync("/api/v1/branches", new { code = "OUI", name = "Agence Ouidah" })).JsonAsync();
        var id = branch.GetProperty("id").GetGuid();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/branches/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "Agence Ouidah Plage", address = "Route des Pêches" }),
        };
        request.Headers.Add("X-Correlation-Id", "audit-test-1");
        (await admin.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);

        var trail = await (await admin.GetAsync($"/api/v1/audit?entityType=Branch&entityId={id}")).JsonAsync();
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("action").GetString()).Should().Equal("UpdateBranch", "CreateBranch");
        var update = records[0];
        update.GetProperty("actorUsername").GetString().Should().Be("sfd.admin");
        update.GetProperty("ipAddress").GetString().Should().Be("127.0.0.1");
        update.GetProperty("correlationId").GetString().Should().Be("audit-test-1");
        JsonDocument.Parse(update.GetProperty("before").GetString()!).RootElement.GetProperty("name").GetString().Should().Be("Agence Ouidah");
        JsonDocument.Parse(update.GetProperty("after").GetString()!).RootElement.GetProperty("name").GetString().Should().Be("Agence Ouidah Plage");
        records[1].GetProperty("before").ValueKind.Should().Be(JsonValueKind.Null, "a creation has no before");
    }

    [Fact]
    public async Task A_deposit_is_recorded_row_by_row_with_the_journal_entrys_lines_inside_its_record()
    {
        var banking = new Banking(app);
        var account = await banking.OpenActiveAccountAsync(await banking.CreateProductAsync("AUDLN"));
        var deposit = await banking.DepositAsync(account, 7_000);
        var auditor = await app.As("auditor");

        async Task<List<JsonElement>> Trail(string type, object id) =>
            (await (await auditor.GetAsync($"/api/v1/audit?entityType={type}&entityId={id}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var entryRecord = (await Trail("JournalEntry", deposit.GetProperty("journalEntryId").GetGuid())).Should().ContainSingle().Subject;
        entryRecord.GetProperty("action").GetString().Should().Be("Deposit");
        var entryAfter = JsonDocument.Parse(entryRecord.GetProperty("after").GetString()!).RootElement;
        entryAfter.GetProperty("number").GetInt64().Should().Be(deposit.GetProperty("journalEntryNumber").GetInt64(), "the record is written after the entry got its number");
        var lines = entryAfter.GetProperty("lines").EnumerateArray().ToList();
        lines.Should().HaveCount(2);
        lines.Sum(l => l.GetProperty("debit").GetDecimal()).Should().Be(7_000);
        lines.Sum(l => l.GetProperty("credit").GetDecimal()).Should().Be(7_000);
        lines.Select(l => l.GetProperty("depositAccountId").ValueKind == JsonValueKind.String ? l.GetProperty("depositAccountId").GetGuid() : Guid.Empty)
            .Should().Contain(account);

        (await Trail("AccountTransaction", deposit.GetProperty("id").GetGuid())).Should().ContainSingle();
        var balance = (await Trail("DepositAccount", account)).First();
        JsonDocument.Parse(balance.GetProperty("after").GetString()!).RootElement.GetProperty("balance").GetDecimal().Should().Be(7_000);
        (await (await auditor.GetAsync("/api/v1/audit?entityType=JournalLine")).JsonAsync()).GetProperty("totalCount").GetInt32()
            .Should().Be(0, "lines are audited inside their entry's record");
    }

    [Fact]
    public async Task A_payments_history_travels_inside_its_records_from_creation_to_settlement()
    {
        var banking = new Banking(app);
        var paying = new Paying(app);
        var account = await banking.OpenActiveAccountAsync(await banking.CreateProductAsync("AUDPAY"));
        var id = await paying.IntentAsync("Deposit", account, 3_000);
        (await Paying.OutcomeAsync(await paying.DeliverAsync(Paying.Body(id, 3_000, $"TX-{Guid.NewGuid():N}")))).Should().Be("Posted");
        var auditor = await app.As("auditor");

        var records = (await (await auditor.GetAsync($"/api/v1/audit?entityType=PaymentIntent&entityId={id}")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("action").GetString()).Should().Equal("ReceiveWebhook", "CreatePayment");
        string[] Kinds(JsonElement record) => JsonDocument.Parse(record.GetProperty("after").GetString()!).RootElement.GetProperty("lines")
            .EnumerateArray().Select(l => l.GetProperty("kind").GetString()!).ToArray();
        Kinds(records[1]).Should().Equal("Created");
        Kinds(records[0]).Should().Equal("DeliveryReceived", "Verified", "Posted");
        JsonDocument.Parse(records[0].GetProperty("after").GetString()!).RootElement.GetProperty("status").GetString().Should().Be("Succeeded");
        (await (await auditor.GetAsync($"/api/v1/audit?entityType=PaymentEvent")).JsonAsync()).GetProperty("totalCount").GetInt32()
            .Should().Be(0, "a payment's history is audited inside its record");
    }

    [Fact]
    public async Task Secrets_never_enter_the_trail()
    {
        var admin = await app.As("sfd.admin");
        (await admin.PostJsonAsync("/api/v1/users", new { username = "secret.keeper", displayName = "Gardien", role = "Auditor", password = "Secret#2026" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var trail = await (await admin.GetAsync("/api/v1/audit?action=CreateUser&pageSize=100")).JsonAsync();
        var json = trail.ToString();
        json.Should().Contain("secret.keeper");
        json.Should().NotContain("passwordHash").And.NotContain("securityStamp").And.NotContain("Secret#2026");
    }

    [Fact]
    public async Task A_failed_login_on_an_unknown_username_lands_in_the_platform_trail_without_the_password()
    {
        await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "ghost.user", password = "Guess#2026" });

        var platform = await app.As("platform.admin");
        var trail = await (await platform.GetAsync("/api/v1/audit?action=LoginFailed&pageSize=100")).JsonAsync();
        var json = trail.ToString();
        json.Should().Contain("ghost.user").And.NotContain("Guess#2026");
    }

    [Fact]
    public async Task A_failed_login_on_an_institutions_account_lands_in_that_institutions_trail()
    {
        await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "accountant", password = "Guess#2026" });

        var auditor = await app.As("auditor");
        var trail = await (await auditor.GetAsync("/api/v1/audit?action=LoginFailed&pageSize=100")).JsonAsync();
        var records = trail.GetProperty("items").EnumerateArray().ToList();
        records.Should().Contain(r => r.GetProperty("after").GetString()!.Contains("\"accessFailedCount\":1"),
            "the failure count on the accountant's account is on record");
        records.Should().OnlyContain(r => r.GetProperty("actorId").ValueKind == JsonValueKind.Null, "nobody is signed in");
        trail.ToString().Should().NotContain("Guess#2026");
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_records()
    {
        await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/branches", new { code = "BOH", name = "Agence Bohicon" });

        var update = () => app.ExecuteSqlAsync("UPDATE audit_records SET action = 'Nothing' WHERE sequence = 1");
        var delete = () => app.ExecuteSqlAsync("DELETE FROM audit_records");
        var truncate = () => app.ExecuteSqlAsync("TRUNCATE audit_records");
        (await update.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
        await delete.Should().ThrowAsync<PostgresException>();
        await truncate.Should().ThrowAsync<PostgresException>();
    }

    [Fact]
    public async Task Verify_names_the_first_record_edited_behind_the_applications_back()
    {
        var admin = await app.As("sfd.admin");
        for (var i = 0; i < 3; i++)
            (await admin.PostJsonAsync("/api/v1/branches", new { code = $"V{i}X", name = $"Agence {i}" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await admin.GetAsync("/api/v1/audit/verify")).JsonAsync()).GetProperty("ok").GetBoolean().Should().BeTrue();

        var trail = await (await admin.GetAsync("/api/v1/audit?action=CreateBranch&pageSize=100")).JsonAsync();
        var victim = trail.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("after").GetString()!.Contains("V1X"));
        var victimId = victim.GetProperty("id").GetGuid();

        // Someone with superuser rights switches the guard off and edits a record.
        await app.ExecuteSqlAsync($"""
            SET session_replication_role = replica;
            UPDATE audit_records SET after = replace(after, 'Agence 1', 'Agence Fantôme') WHERE id = '{victimId}';
            """);

        var verdict = await (await admin.GetAsync("/api/v1/audit/verify")).JsonAsync();
        verdict.GetProperty("ok").GetBoolean().Should().BeFalse();
        verdict.GetProperty("firstBrokenRecordId").GetGuid().Should().Be(victimId);
        verdict.GetProperty("firstBrokenSequence").GetInt64().Should().Be(victim.GetProperty("sequence").GetInt64());
        verdict.GetProperty("reason").GetString().Should().Contain("edited");
    }
}

public sealed class AuditTrailRemovalTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Verify_names_the_record_after_one_that_was_removed()
    {
        var admin = await app.As("sfd.admin");
        for (var i = 0; i < 3; i++)
            (await admin.PostJsonAsync("/api/v1/branches", new { code = $"R{i}X", name = $"Agence {i}" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var trail = await (await admin.GetAsync("/api/v1/audit?action=CreateBranch&pageSize=100")).JsonAsync();
        var records = trail.GetProperty("items").EnumerateArray()
            .Select(r => (Chain: r.GetProperty("chain").GetInt32(), Sequence: r.GetProperty("sequence").GetInt64())).OrderBy(r => r.Sequence).ToList();
        var (chain, removed) = records[1];
        var institution = (await (await admin.GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("institutionId").GetGuid();

        await app.ExecuteSqlAsync($"""
            SET session_replication_role = replica;
            DELETE FROM audit_records WHERE institution_id = '{institution}' AND chain = {chain} AND sequence = {removed};
            """);

        var verdict = await (await admin.GetAsync("/api/v1/audit/verify")).JsonAsync();
        verdict.GetProperty("ok").GetBoolean().Should().BeFalse();
        verdict.GetProperty("firstBrokenSequence").GetInt64().Should().Be(removed + 1);
        verdict.GetProperty("firstBrokenChain").GetInt32().Should().Be(chain);
        verdict.GetProperty("reason").GetString().Should().Contain("removed");
    }
}
