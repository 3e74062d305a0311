namespace Microfinance.FunctionalTests;

/// <summary>
/// Manual journal entries: balanced lines on GL accounts, posted at once up to the institution's threshold, above it kept
/// until someone other than their author approves them (maker-checker), never edited once posted but reversed with a reason.
/// </summary>
public sealed class ManualEntryTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Bookkeeping _books = new(app);

    [Fact]
    public async Task An_entry_up_to_the_threshold_is_posted_at_once_on_its_value_date()
    {
        var valueDate = Lending.Today.AddDays(-3);
        using var response = await _books.WriteAsync("accountant", "631", "101", 45_000, valueDate, "FACT-2026-118");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var entry = await response.JsonAsync();
        entry.GetProperty("status").GetString().Should().Be("Posted");
        entry.GetProperty("reference").GetString().Should().Be("FACT-2026-118");
        entry.GetProperty("createdByName").GetString().Should().NotBeNullOrEmpty();
        var journalId = entry.GetProperty("journalEntryId").GetGuid();
        (await app.ScalarAsync<string>($"SELECT source || ' ' || value_date FROM journal_entries WHERE id = '{journalId}'"))
            .Should().Be($"Manual {valueDate:yyyy-MM-dd}");
        (await app.ScalarAsync<decimal>($"SELECT sum(debit) FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id WHERE entry_id = '{journalId}' AND g.code = '631'"))
            .Should().Be(45_000);
        entry.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("glAccountCode").GetString()).Should().Equal("631", "101");
        var verify = await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/verify")).JsonAsync();
        verify.GetProperty("ok").GetBoolean().Should().BeTrue(verify.ToString());
    }

    [Fact]
    public async Task An_unbalanced_entry_is_refused_naming_the_difference_and_leaves_nothing()
    {
        var accountant = await app.As("accountant");
        var before = await app.ScalarAsync<long>("SELECT count(*) FROM manual_entries");
        using var response = await accountant.PostJsonAsync("/api/v1/journal-entries", new
        {
            valueDate = Lending.Today.ToString("yyyy-MM-dd"),
            description = "Loyer",
            reference = "BAIL-12",
            lines = new object[]
            {
                new { glAccountId = await _books.GlAsync("631"), debit = 100_000 },
                new { glAccountId = await _books.GlAsync("101"), credit = 90_000 },
            },
        });

        var problem = await response.ShouldBeProblemAsync(400);
        problem.GetProperty("errors").GetProperty("lines")[0].GetString()!.Replace("\u00a0", "").Replace("\u202f", "").Replace(" ", "")
            .Should().Contain("débits100000").And.Contain("crédits90000").And.Contain("écartde10000");
        (await app.ScalarAsync<long>("SELECT count(*) FROM manual_entries")).Should().Be(before);
    }

    [Fact]
    public async Task Bad_lines_dates_and_accounts_get_clear_errors()
    {
        var accountant = await app.As("accountant");
        var cash = await _books.GlAsync("101");
        var staff = await _books.GlAsync("631");
        object Lines(params object[] lines) => new { valueDate = Lending.Today.ToString("yyyy-MM-dd"), description = "x", reference = "R", lines };

        (await (await accountant.PostJsonAsync("/api/v1/journal-entries", Lines(new { glAccountId = cash, debit = 5 }))).ShouldBeProblemAsync(400))
            .GetProperty("errors").TryGetProperty("lines", out _).Should().BeTrue("one line is not an entry");
        await (await accountant.PostJsonAsync("/api/v1/journal-entries",
            Lines(new { glAccountId = cash, debit = 5, credit = 5 }, new { glAccountId = staff, credit = 5, debit = 5 }))).ShouldBeProblemAsync(400);
        await (await accountant.PostJsonAsync("/api/v1/journal-entries",
            Lines(new { glAccountId = cash, debit = -5 }, new { glAccountId = staff, credit = -5 }))).ShouldBeProblemAsync(400);
        await (await accountant.PostJsonAsync("/api/v1/journal-entries",
            Lines(new { glAccountId = cash, debit = 5.5 }, new { glAccountId = staff, credit = 5.5 }))).ShouldBeProblemAsync(400);
        (await (await accountant.PostJsonAsync("/api/v1/journal-entries",
            Lines(new { glAccountId = Guid.NewGuid(), debit = 5 }, new { glAccountId = staff, credit = 5 }))).ShouldBeProblemAsync(400))
            .GetProperty("errors").TryGetProperty("lines[0].glAccountId", out _).Should().BeTrue();
        (await (await accountant.PostJsonAsync("/api/v1/journal-entries", Bookkeeping.Entry(staff, cash, 5, Lending.Today.AddDays(1)))).ShouldBeProblemAsync(400))
            .GetProperty("errors").TryGetProperty("valueDate", out _).Should().BeTrue();
        // Customer deposits are the sum of the customers' accounts: a hand-written line there would part them.
        (await (await _books.WriteAsync("accountant", "101", "252", 5_000)).ShouldBeProblemAsync(422, "control_account"))
            .GetProperty("detail").GetString().Should().Contain("252");
        await (await _books.WriteAsync("agent", "631", "101", 5_000)).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Above_the_threshold_an_entry_waits_and_only_someone_else_may_approve_it()
    {
        var id = await _books.PendingEntryAsync(2_500_000);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM manual_entries WHERE id = '{id}' AND journal_entry_id IS NULL")).Should().Be(1, "nothing is posted yet");
        var inbox = await (await (await app.As("sfd.admin")).GetAsync("/api/v1/journal-entries/manual?status=PendingApproval")).JsonAsync();
        inbox.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).Should().Contain(id);

        await (await (await app.As("accountant")).PostJsonAsync($"/api/v1/journal-entries/{id}/approve")).ShouldBeProblemAsync(422, "maker_checker");
        using var approved = await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{id}/approve");

        approved.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = await approved.JsonAsync();
        entry.GetProperty("status").GetString().Should().Be("Posted");
        entry.GetProperty("decidedByName").GetString().Should().NotBeNullOrEmpty();
        entry.GetProperty("journalEntryNumber").GetInt64().Should().BePositive();
        (await app.ScalarAsync<decimal>($"SELECT sum(debit) FROM journal_lines WHERE entry_id = '{entry.GetProperty("journalEntryId").GetGuid()}'"))
            .Should().Be(2_500_000);
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{id}/approve")).ShouldBeProblemAsync(422, "manual_entry_already_decided");
    }

    [Fact]
    public async Task Two_approvals_at_once_post_the_entry_once()
    {
        var id = await _books.PendingEntryAsync(3_000_000);
        var admin = await app.As("sfd.admin");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostJsonAsync($"/api/v1/journal-entries/{id}/approve")));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.UnprocessableEntity).Should().Be(3);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM journal_entries e JOIN manual_entries m ON m.journal_entry_id = e.id WHERE m.id = '{id}'")).Should().Be(1);
        (await app.ScalarAsync<long>("SELECT count(*) FROM journal_entries WHERE source = 'Manual' AND id NOT IN (SELECT journal_entry_id FROM manual_entries WHERE journal_entry_id IS NOT NULL)"))
            .Should().Be(0, "every manual journal entry belongs to exactly one manual entry");
    }

    [Fact]
    public async Task A_rejected_entry_posts_nothing_and_keeps_its_reason()
    {
        var id = await _books.PendingEntryAsync(1_500_000);
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{id}/reject", new { reason = "" })).ShouldBeProblemAsync(400);

        var rejected = await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{id}/reject", new { reason = "Pièce manquante" })).JsonAsync();

        rejected.GetProperty("status").GetString().Should().Be("Rejected");
        rejected.GetProperty("rejectionReason").GetString().Should().Be("Pièce manquante");
        rejected.GetProperty("journalEntryId").ValueKind.Should().Be(JsonValueKind.Null);
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{id}/reverse", new { reason = "x" })).ShouldBeProblemAsync(422, "manual_entry_not_posted");
    }

    [Fact]
    public async Task A_posted_entry_is_reversed_once_with_its_reason_and_the_ledger_nets_to_nothing()
    {
        var entry = await (await _books.WriteAsync("accountant", "631", "101", 12_000, Lending.Today.AddDays(-1))).JsonAsync();
        var id = entry.GetProperty("id").GetGuid();

        var reversed = await (await (await app.As("accountant")).PostJsonAsync($"/api/v1/journal-entries/{id}/reverse", new { reason = "Doublon de la pièce" })).JsonAsync();

        reversed.GetProperty("status").GetString().Should().Be("Reversed");
        reversed.GetProperty("reversalReason").GetString().Should().Be("Doublon de la pièce");
        var reversal = reversed.GetProperty("reversalEntryId").GetGuid();
        (await app.ScalarAsync<string>($"SELECT value_date::text FROM journal_entries WHERE id = '{reversal}'")).Should().Be(Lending.Today.ToString("yyyy-MM-dd"));
        (await app.ScalarAsync<decimal>($"""
            SELECT sum(l.debit - l.credit) FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id
            WHERE g.code = '631' AND l.entry_id IN ('{entry.GetProperty("journalEntryId").GetGuid()}', '{reversal}')
            """)).Should().Be(0);
        await (await (await app.As("accountant")).PostJsonAsync($"/api/v1/journal-entries/{id}/reverse", new { reason = "encore" })).ShouldBeProblemAsync(422, "manual_entry_not_posted");
    }

    [Fact]
    public async Task The_threshold_is_the_institutions_and_only_the_SfdAdmin_sets_it()
    {
        await (await (await app.As("accountant")).PutJsonAsync("/api/v1/accounting/settings", new { manualEntryApprovalThreshold = 10 })).ShouldBeProblemAsync(403);
        await (await (await app.As("sfd.admin")).PutJsonAsync("/api/v1/accounting/settings", new { manualEntryApprovalThreshold = -1 })).ShouldBeProblemAsync(400);
        try
        {
            (await (await (await app.As("sfd.admin")).PutJsonAsync("/api/v1/accounting/settings", new { manualEntryApprovalThreshold = 10_000 })).JsonAsync())
                .GetProperty("manualEntryApprovalThreshold").GetDecimal().Should().Be(10_000);

            (await (await _books.WriteAsync("accountant", "631", "101", 10_001)).JsonAsync()).GetProperty("status").GetString().Should().Be("PendingApproval");
            (await (await _books.WriteAsync("accountant", "631", "101", 10_000)).JsonAsync()).GetProperty("status").GetString().Should().Be("Posted");
        }
        finally
        {
            (await (await app.As("sfd.admin")).PutJsonAsync("/api/v1/accounting/settings", new { manualEntryApprovalThreshold = 1_000_000 })).EnsureSuccessStatusCode();
        }
    }
}
