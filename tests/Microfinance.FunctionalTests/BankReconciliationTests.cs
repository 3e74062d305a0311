using System.Net.Http.Headers;
using System.Text;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Bank reconciliation on the demo institution's bank account (GL 111): statement files imported once whatever the
/// repeats, refused whole with every bad row named, matched automatically (date window, then reference) and by hand,
/// unmatched, and the reconciliation's figures. Each test uses amounts of its own: the class shares one database.
/// </summary>
public sealed class BankReconciliationTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly Banking _banking = new(app);
    private Guid _bank;
    private HttpClient _accountant = null!;

    public async Task InitializeAsync()
    {
        _bank = await app.ScalarAsync<Guid>("SELECT id FROM gl_accounts WHERE code = '111'");
        _accountant = await app.As("accountant");
        using var saved = await _accountant.PutJsonAsync($"/api/v1/bank-accounts/{_bank}/statement-format", new
        {
            delimiter = ";", hasHeader = true, dateColumn = 1, labelColumn = 2, amountColumn = 3, referenceColumn = 4,
            dateFormat = "dd/MM/yyyy", decimalSeparator = ",",
        });
        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing_even_when_two_imports_run_at_once()
    {
        var file = Csv(("02/11/2026", "Frais de tenue de compte", "-2 500", ""), ("02/11/2026", "Frais de tenue de compte", "-2 500", ""),
            ("03/11/2026", "Remise chèque 4411", "181 000", "CHQ-4411"));

        var first = await ImportAsync(file);
        first.GetProperty("lineCount").GetInt32().Should().Be(3);
        first.GetProperty("newLineCount").GetInt32().Should().Be(3, "two equal fees on one day are two lines");
        var again = await ImportAsync(file);
        again.GetProperty("newLineCount").GetInt32().Should().Be(0);
        again.GetProperty("alreadyImportedCount").GetInt32().Should().Be(3);
        var longer = await ImportAsync(file + "04/11/2026;Virement reçu;181 000;VIR-77\n");
        longer.GetProperty("newLineCount").GetInt32().Should().Be(1, "only the line the earlier file did not have is new");
        (await CountLinesAsync("amount IN (-2500, 181000)")).Should().Be(4);

        var concurrent = Csv(("05/11/2026", "Agios", "-1 875", "AG-11"), ("06/11/2026", "Virement reçu", "182 500", "VIR-78"));
        var imports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ImportAsync(concurrent)));
        imports.Sum(i => i.GetProperty("newLineCount").GetInt32()).Should().Be(2, "the lines are new for exactly one of the imports");
        (await CountLinesAsync("amount IN (-1875, 182500)")).Should().Be(2);
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_whole_naming_each_bad_line()
    {
        var file = "Date;Libellé;Montant;Référence\n" +
                   "07/11/2026;Virement reçu;191 000;VIR-90\n" +
                   "31/02/2026;Date impossible;1 000;\n" +
                   "08/11/2026;Montant illisible;mille;\n" +
                   "\n" +
                   "09/11/2026;Centimes;1 000,50;\n" +
                   "10/11/2026;Trop court\n";

        using var response = await PostFileAsync(_bank, file);

        var problem = await response.ShouldBeProblemAsync(400);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(["lines[3]", "lines[4]", "lines[6]", "lines[7]"]);
        errors.GetProperty("lines[3]")[0].GetString().Should().Contain("31/02/2026");
        (await CountLinesAsync("amount = 191000")).Should().Be(0, "one bad row and nothing is imported");

        await (await PostFileAsync(_bank, "")).ShouldBeProblemAsync(400);
        var tooLarge = await (await PostFileAsync(_bank, new byte[1_000_001])).ShouldBeProblemAsync(400);
        tooLarge.GetProperty("errors").GetProperty("file")[0].GetString().Should().StartWith("Un fichier de relevé fait au plus");
        var liability = await app.ScalarAsync<Guid>("SELECT id FROM gl_accounts WHERE code = '252'");
        await (await PostFileAsync(liability, file)).ShouldBeProblemAsync(422, "not_a_bank_account");
        using var created = await _accountant.PostJsonAsync("/api/v1/gl-accounts", new { code = "1125", name = "Banque Atlantique", type = "Asset" });
        var otherBank = (await created.JsonAsync()).GetProperty("id").GetGuid();
        await (await PostFileAsync(otherBank, file)).ShouldBeProblemAsync(422, "statement_format_missing");
        (await (await _accountant.GetAsync($"/api/v1/bank-accounts/{otherBank}/statement-format")).JsonAsync())
            .GetProperty("isSaved").GetBoolean().Should().BeFalse();
        await (await _accountant.PutJsonAsync($"/api/v1/bank-accounts/{otherBank}/statement-format", new
        {
            delimiter = ";", hasHeader = true, dateColumn = 1, labelColumn = 2, amountColumn = 3, debitColumn = 4, creditColumn = 5,
            dateFormat = "dd/MM/yyyy", decimalSeparator = ",",
        })).ShouldBeProblemAsync(422, "statement_amount_columns");
        await (await _accountant.PutJsonAsync($"/api/v1/bank-accounts/{otherBank}/statement-format", new
        {
            delimiter = "x", hasHeader = true, dateColumn = 0, labelColumn = 2, amountColumn = 3, dateFormat = "d MMMM", decimalSeparator = ",",
        })).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task A_debit_and_credit_layout_in_latin_1_with_quoted_fields_is_read_as_the_bank_means_it()
    {
        using var created = await _accountant.PostJsonAsync("/api/v1/gl-accounts", new { code = "1126", name = "Banque Ecobank", type = "Asset" });
        var ecobank = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await _accountant.PutJsonAsync($"/api/v1/bank-accounts/{ecobank}/statement-format", new
        {
            delimiter = ",", hasHeader = false, dateColumn = 1, labelColumn = 3, debitColumn = 4, creditColumn = 5, referenceColumn = 2,
            dateFormat = "yyyy-MM-dd", decimalSeparator = ".",
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        var file = Encoding.Latin1.GetBytes("2026-11-12,R-1,\"Commission, tenue de compte\",\"1,500.00\",\n2026-11-13,R-2,Dépôt espèces,,\"250,000\"\n");

        using var response = await PostFileAsync(ecobank, file);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        var reconciliation = await (await _accountant.GetAsync($"/api/v1/bank-accounts/{ecobank}/reconciliation?to=2026-11-30")).JsonAsync();
        var lines = reconciliation.GetProperty("statementLines").EnumerateArray().ToList();
        lines.Select(l => (l.GetProperty("label").GetString(), l.GetProperty("amount").GetDecimal(), l.GetProperty("reference").GetString()))
            .Should().Equal(("Commission, tenue de compte", -1_500m, "R-1"), ("Dépôt espèces", 250_000m, "R-2"));
        reconciliation.GetProperty("statementBalance").GetDecimal().Should().Be(248_500);
    }

    [Fact]
    public async Task Auto_match_pairs_lines_within_three_days_and_lets_the_reference_decide_between_equal_amounts()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("BRAUTO"));
        var today = Lending.Today;
        var byReference = await TransferInAsync(account, 71_000, "VIR-A1", today.AddDays(-10));
        var nearer = await TransferInAsync(account, 71_000, "VIR-B2", today.AddDays(-9));
        var tooFar = await TransferInAsync(account, 53_000, null, today.AddDays(-8));
        var file = Csv(
            (Day(today.AddDays(-9)), "Virement VIR-A1 reçu", "71 000", "VIR-A1"),
            (Day(today.AddDays(-7)), "Virement reçu sans référence", "71 000", ""),
            (Day(today.AddDays(-4)), "Versement hors fenêtre", "53 000", ""),
            (Day(today.AddDays(-8)), "Frais de virement", "-1 250", ""));
        await ImportAsync(file);
        var (withReference, withoutReference) = (await LineAsync("Virement VIR-A1 reçu"), await LineAsync("Virement reçu sans référence"));
        var (outsideWindow, fee) = (await LineAsync("Versement hors fenêtre"), await LineAsync("Frais de virement"));

        var before = await ReconciliationAsync();
        var suggestions = before.GetProperty("suggestions").EnumerateArray()
            .ToDictionary(s => s.GetProperty("statementLineId").GetGuid(), s => s.GetProperty("journalLine").GetProperty("journalLineId").GetGuid());
        suggestions[withReference].Should().Be(byReference, "the entry whose movement carries VIR-A1 wins over the nearer date");
        suggestions[withoutReference].Should().Be(nearer);
        suggestions.Should().NotContainKey(outsideWindow, "4 days apart is outside the window");

        using var matched = await _accountant.PostJsonAsync($"/api/v1/bank-accounts/{_bank}/reconciliation/auto-match");
        var result = await matched.JsonAsync();
        result.GetProperty("matched").GetInt32().Should().BeGreaterThanOrEqualTo(2);

        (await MatchedJournalLineAsync(withReference)).Should().Be(byReference);
        (await MatchedJournalLineAsync(withoutReference)).Should().Be(nearer);
        (await MatchedJournalLineAsync(outsideWindow)).Should().BeNull();
        (await MatchedJournalLineAsync(fee)).Should().BeNull();
        var after = await ReconciliationAsync();
        after.GetProperty("bookLines").EnumerateArray().Select(l => l.GetProperty("journalLineId").GetGuid()).Should().Contain(tooFar)
            .And.NotContain([byReference, nearer]);
        after.GetProperty("matches").EnumerateArray().Should().Contain(m =>
            m.GetProperty("statementLine").GetProperty("id").GetGuid() == withReference
            && m.GetProperty("statementLine").GetProperty("matchedAutomatically").GetBoolean()
            && m.GetProperty("matchedByName").GetString() == "Ibrahim Sawadogo");
    }

    [Fact]
    public async Task A_match_by_hand_needs_the_same_amount_and_side_and_an_unmatch_frees_both_lines()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("BRHAND"));
        var today = Lending.Today;
        var deposit = await TransferInAsync(account, 44_000, null, today.AddDays(-30));
        var other = await TransferInAsync(account, 44_000, null, today.AddDays(-30));
        await ImportAsync(Csv((Day(today.AddDays(-20)), "Remise main", "44 000", ""), (Day(today.AddDays(-20)), "Prélèvement main", "-44 000", ""),
            (Day(today.AddDays(-20)), "Remise main de 45 000", "45 000", ""), (Day(today.AddDays(-19)), "Remise main bis", "44 000", "")));
        var (moneyIn, remiseBis) = (await LineAsync("Remise main"), await LineAsync("Remise main bis"));
        var deposits252Line = await app.ScalarAsync<Guid>(
            $"SELECT l.id FROM journal_lines l JOIN journal_lines b ON b.entry_id = l.entry_id WHERE b.id = '{deposit}' AND l.id <> b.id");

        var wrongSide = await (await MatchAsync(await LineAsync("Prélèvement main"), deposit)).ShouldBeProblemAsync(422, "bank_match_amount_mismatch");
        wrongSide.GetProperty("detail").GetString().Should().Contain("débit du compte de banque");
        await (await MatchAsync(await LineAsync("Remise main de 45 000"), deposit)).ShouldBeProblemAsync(422, "bank_match_amount_mismatch");
        await (await MatchAsync(moneyIn, deposits252Line)).ShouldBeProblemAsync(422, "journal_line_other_account");
        await (await MatchAsync(moneyIn, Guid.NewGuid())).ShouldBeProblemAsync(404);

        using var ok = await MatchAsync(moneyIn, deposit);
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var line = await ok.JsonAsync();
        line.GetProperty("matchedJournalLineId").GetGuid().Should().Be(deposit);
        line.GetProperty("matchedAutomatically").GetBoolean().Should().BeFalse();
        await (await MatchAsync(moneyIn, other)).ShouldBeProblemAsync(422, "bank_line_already_matched");
        await (await MatchAsync(remiseBis, deposit)).ShouldBeProblemAsync(422, "journal_line_already_matched");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'MatchBankStatementLine' AND entity_id = '{moneyIn}'"))
            .Should().Be(1, "a match is audited");

        using var unmatched = await _accountant.PostAsync($"/api/v1/bank-statement-lines/{moneyIn}/unmatch", null);
        unmatched.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MatchedJournalLineAsync(moneyIn)).Should().BeNull();
        (await ReconciliationAsync()).GetProperty("bookLines").EnumerateArray().Select(l => l.GetProperty("journalLineId").GetGuid()).Should().Contain(deposit);
        await (await _accountant.PostAsync($"/api/v1/bank-statement-lines/{moneyIn}/unmatch", null)).ShouldBeProblemAsync(422, "bank_line_not_matched");
        (await MatchAsync(remiseBis, deposit)).StatusCode.Should().Be(HttpStatusCode.OK, "the unmatched journal line is free again");

        await (await (await app.As("auditor")).PostJsonAsync($"/api/v1/bank-statement-lines/{moneyIn}/match", new { journalLineId = other }))
            .ShouldBeProblemAsync(403);
        await (await (await app.As("agent")).GetAsync($"/api/v1/bank-accounts/{_bank}/reconciliation")).ShouldBeProblemAsync(403);
        (await (await app.As("auditor")).GetAsync($"/api/v1/bank-accounts/{_bank}/reconciliation")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_auto_matches_at_once_match_each_journal_line_once()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("BRRACE"));
        var day = Lending.Today.AddDays(-40);
        var journalLines = new List<Guid>();
        for (var i = 0; i < 6; i++) journalLines.Add(await TransferInAsync(account, 37_000, null, day));
        await ImportAsync(Csv([.. Enumerable.Range(1, 6).Select(i => (Day(day), $"Virement {i}", "37 000", ""))]));

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await _accountant.PostJsonAsync($"/api/v1/bank-accounts/{_bank}/reconciliation/auto-match");
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.JsonAsync();
        }));

        (await app.ScalarAsync<long>("SELECT count(*) FROM bank_statement_lines WHERE amount = 37000 AND matched_journal_line_id IS NOT NULL")).Should().Be(6);
        (await app.ScalarAsync<long>("SELECT count(DISTINCT matched_journal_line_id) FROM bank_statement_lines WHERE amount = 37000")).Should().Be(6);
        results.Sum(r => r.GetProperty("matched").GetInt32()).Should().BeGreaterThanOrEqualTo(6, "the second run finds these six already matched");
        (await app.ScalarAsync<long>(
            $"SELECT count(*) FROM bank_statement_lines WHERE matched_journal_line_id IN ('{string.Join("','", journalLines)}')")).Should().Be(6);
    }

    [Fact]
    public async Task The_reconciliation_lists_what_is_unmatched_at_the_date_and_proves_the_statement_balance()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("BRPROOF"));
        var today = Lending.Today;
        var (booked, cleared) = (today.AddDays(-60), today.AddDays(-58));
        var cheque = await TransferInAsync(account, 66_000, null, booked);
        await ImportAsync(Csv((Day(cleared), "Remise chèque 9001", "66 000", ""), (Day(booked), "Frais de remise 9001", "-3 000", "")));
        var remise = await LineAsync("Remise chèque 9001");
        (await MatchAsync(remise, cheque)).StatusCode.Should().Be(HttpStatusCode.OK);

        // On the day it was booked the cheque is not yet on the statement: outstanding on the book side, and the fee on the statement side.
        var atBooking = await ReconciliationAsync($"to={Day(booked, "yyyy-MM-dd")}");
        atBooking.GetProperty("bookLines").EnumerateArray().Select(l => l.GetProperty("journalLineId").GetGuid()).Should().Contain(cheque);
        atBooking.GetProperty("statementLines").EnumerateArray().Should().Contain(l => l.GetProperty("amount").GetDecimal() == -3_000);
        await ShouldProveAsync(atBooking, booked);

        var atClearing = await ReconciliationAsync($"to={Day(cleared, "yyyy-MM-dd")}");
        atClearing.GetProperty("bookLines").EnumerateArray().Select(l => l.GetProperty("journalLineId").GetGuid()).Should().NotContain(cheque);
        atClearing.GetProperty("statementLines").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).Should().NotContain(remise);
        await ShouldProveAsync(atClearing, cleared);
        (atClearing.GetProperty("unmatchedBookTotal").GetDecimal() - atBooking.GetProperty("unmatchedBookTotal").GetDecimal())
            .Should().Be(-66_000, "between the two dates only the cheque left the outstanding book items");

        var narrowed = await ReconciliationAsync($"from={Day(booked, "yyyy-MM-dd")}&to={Day(booked, "yyyy-MM-dd")}");
        narrowed.GetProperty("statementLines").EnumerateArray().Should().ContainSingle(l => l.GetProperty("amount").GetDecimal() == -3_000)
            .And.OnlyContain(l => l.GetProperty("date").GetString() == Day(booked, "yyyy-MM-dd"));
        narrowed.GetProperty("bookBalance").GetDecimal().Should().Be(atBooking.GetProperty("bookBalance").GetDecimal(), "from narrows the lists only");
        await (await _accountant.GetAsync($"/api/v1/bank-accounts/{_bank}/reconciliation?from=2026-12-02&to=2026-12-01")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Another_institution_can_neither_see_nor_match_our_bank_lines()
    {
        await ImportAsync(Csv(("20/11/2026", "Virement à ne pas partager", "123 400", "VIR-T1")));
        var ours = await LineAsync("Virement à ne pas partager");
        var platform = await app.As("platform.admin");
        var code = $"R{Guid.NewGuid():N}"[..10];
        (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Rivale", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin R", adminPassword = "Rival#2026",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var rival = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");
        var ourJournalLine = await TransferInAsync(await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("BRTENANT")), 123_400, "VIR-T1",
            Lending.Today);

        await (await rival.GetAsync($"/api/v1/bank-accounts/{_bank}/reconciliation")).ShouldBeProblemAsync(404);
        await (await rival.GetAsync($"/api/v1/bank-accounts/{_bank}/statement-format")).ShouldBeProblemAsync(404);
        await (await rival.PostJsonAsync($"/api/v1/bank-statement-lines/{ours}/match", new { journalLineId = ourJournalLine })).ShouldBeProblemAsync(404);
        await (await rival.PostAsync($"/api/v1/bank-statement-lines/{ours}/unmatch", null)).ShouldBeProblemAsync(404);
        await (await rival.PostJsonAsync($"/api/v1/bank-accounts/{_bank}/reconciliation/auto-match")).ShouldBeProblemAsync(404);
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/bank-accounts/{_bank}/statements")
               { Content = new StringContent(Csv(("21/11/2026", "Intrusion", "1 000", "")), Encoding.UTF8, "text/csv") })
            await (await rival.SendAsync(request)).ShouldBeProblemAsync(404);
        var theirBank = await app.ScalarAsync<Guid>(
            $"SELECT g.id FROM gl_accounts g JOIN institutions i ON i.id = g.institution_id WHERE upper(i.code) = upper('{code}') AND g.code = '111'");
        using var theirResponse = await rival.GetAsync($"/api/v1/bank-accounts/{theirBank}/reconciliation");
        theirResponse.StatusCode.Should().Be(HttpStatusCode.OK, await theirResponse.Content.ReadAsStringAsync());
        var theirs = await theirResponse.JsonAsync();
        theirs.GetProperty("statementBalance").GetDecimal().Should().Be(0);
        theirs.GetProperty("statementLines").GetArrayLength().Should().Be(0);
        (await MatchedJournalLineAsync(ours)).Should().BeNull();
    }

    /// <summary>The balances are the database's sums and the proof holds: book − unmatched book + unmatched statement = statement.</summary>
    private async Task ShouldProveAsync(JsonElement r, DateOnly to)
    {
        var day = Day(to, "yyyy-MM-dd");
        r.GetProperty("statementBalance").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            $"SELECT coalesce(sum(amount), 0) FROM bank_statement_lines WHERE gl_account_id = '{_bank}' AND date <= '{day}'"));
        r.GetProperty("bookBalance").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            $"SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE l.gl_account_id = '{_bank}' AND e.value_date <= '{day}'"));
        var listedBook = r.GetProperty("bookLines").EnumerateArray().Sum(l => l.GetProperty("debit").GetDecimal() - l.GetProperty("credit").GetDecimal());
        var listedStatement = r.GetProperty("statementLines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal());
        r.GetProperty("unmatchedBookTotal").GetDecimal().Should().Be(listedBook);
        r.GetProperty("unmatchedStatementTotal").GetDecimal().Should().Be(listedStatement);
        r.GetProperty("reconciledBalance").GetDecimal().Should().Be(
            r.GetProperty("bookBalance").GetDecimal() - listedBook + listedStatement);
        r.GetProperty("difference").GetDecimal().Should().Be(0);
        r.GetProperty("reconciledBalance").GetDecimal().Should().Be(r.GetProperty("statementBalance").GetDecimal());
    }

    private static string Day(DateOnly date, string format = "dd/MM/yyyy") => date.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    private static string Csv(params (string Date, string Label, string Amount, string Reference)[] rows) =>
        "Date;Libellé;Montant;Référence\n" + string.Concat(rows.Select(r => $"{r.Date};{r.Label};{r.Amount};{r.Reference}\n"));

    private Task<HttpResponseMessage> PostFileAsync(Guid glAccountId, string csv) => PostFileAsync(glAccountId, Encoding.UTF8.GetBytes(csv));

    private Task<HttpResponseMessage> PostFileAsync(Guid glAccountId, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return _accountant.PostAsync($"/api/v1/bank-accounts/{glAccountId}/statements?fileName=releve.csv", body);
    }

    private async Task<JsonElement> ImportAsync(string csv)
    {
        using var response = await PostFileAsync(_bank, csv);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private Task<HttpResponseMessage> MatchAsync(Guid statementLineId, Guid journalLineId) =>
        _accountant.PostJsonAsync($"/api/v1/bank-statement-lines/{statementLineId}/match", new { journalLineId });

    private async Task<JsonElement> ReconciliationAsync(string query = "") =>
        await (await _accountant.GetAsync($"/api/v1/bank-accounts/{_bank}/reconciliation?{query}")).JsonAsync();

    /// <summary>The bank's journal line of a deposit received by bank transfer on the given value date.</summary>
    private async Task<Guid> TransferInAsync(Guid account, decimal amount, string? reference, DateOnly valueDate)
    {
        using var response = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/deposits",
            new { amount, channel = "BankTransfer", reference, valueDate = Day(valueDate, "yyyy-MM-dd") });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var entry = (await response.JsonAsync()).GetProperty("journalEntryId").GetGuid();
        return await app.ScalarAsync<Guid>($"SELECT id FROM journal_lines WHERE entry_id = '{entry}' AND gl_account_id = '{_bank}'");
    }

    /// <summary>The statement line of a label (each test writes labels of its own).</summary>
    private Task<Guid> LineAsync(string label) =>
        app.ScalarAsync<Guid>($"SELECT id FROM bank_statement_lines WHERE label = '{label.Replace("'", "''")}'");

    private async Task<Guid?> MatchedJournalLineAsync(Guid statementLineId) =>
        await app.ScalarAsync<Guid?>($"SELECT matched_journal_line_id FROM bank_statement_lines WHERE id = '{statementLineId}'");

    private async Task<long> CountLinesAsync(string where) =>
        await app.ScalarAsync<long>($"SELECT count(*) FROM bank_statement_lines WHERE gl_account_id = '{_bank}' AND {where}");
}
