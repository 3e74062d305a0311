using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Categories of movements: the administrator's list, tagging an operation when it is recorded or later, the explorer's
/// category filter, sort and export, the reports' category column and grouping, and another institution kept out.
/// </summary>
public sealed class CategoryTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task The_admin_creates_renames_and_deletes_categories_names_are_unique_whatever_their_case_and_every_role_reads_them()
    {
        var admin = await app.As("sfd.admin");
        var school = await CreateAsync("Épargne des fêtes");
        (await (await admin.PostJsonAsync("/api/v1/categories", new { name = "  ÉPARGNE des FÊTES " })).ShouldBeProblemAsync(409, "category_name_taken"))
            .GetProperty("detail").GetString().Should().Contain("Épargne des fêtes");
        await (await admin.PostJsonAsync("/api/v1/categories", new { name = " " })).ShouldBeProblemAsync(400, "validation_failed");
        await (await (await app.As("agent")).PostJsonAsync("/api/v1/categories", new { name = "Commerce" })).ShouldBeProblemAsync(403);
        await (await (await app.As("supervisor")).PutJsonAsync($"/api/v1/categories/{school}", new { name = "Pirate" })).ShouldBeProblemAsync(403);

        foreach (var reader in new[] { "agent", "supervisor", "accountant", "auditor" })
            (await (await (await app.As(reader)).GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray()
                .Should().Contain(c => c.GetProperty("id").GetGuid() == school, reader + " reads the categories");

        var health = await CreateAsync("Soins médicaux");
        await (await admin.PutJsonAsync($"/api/v1/categories/{health}", new { name = "épargne DES fêtes" })).ShouldBeProblemAsync(409, "category_name_taken");
        using var renamed = await admin.PutJsonAsync($"/api/v1/categories/{school}", new { name = "Épargne de Tabaski" });
        renamed.StatusCode.Should().Be(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        (await renamed.JsonAsync()).GetProperty("name").GetString().Should().Be("Épargne de Tabaski");
        var before = await app.ScalarAsync<string>($"SELECT before FROM audit_records WHERE action = 'UpdateCategory' AND entity_id = '{school}'");
        JsonDocument.Parse(before!).RootElement.GetProperty("name").GetString().Should().Be("Épargne des fêtes", "the rename is in the trail with the old name");

        (await admin.DeleteAsync($"/api/v1/categories/{health}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await admin.GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray()
            .Should().NotContain(c => c.GetProperty("id").GetGuid() == health);
        await (await admin.DeleteAsync($"/api/v1/categories/{health}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_operation_is_tagged_when_recorded_or_later_a_rename_shows_on_it_and_a_used_category_cannot_be_deleted()
    {
        var trade = await CreateAsync("Négoce");
        var health = await CreateAsync("Santé");
        var product = await _banking.CreateProductAsync("CTAG");
        var from = await _banking.OpenActiveAccountAsync(product);
        var to = await _banking.OpenActiveAccountAsync(product);
        var agent = await app.As("agent");

        var deposit = await MoveAsync(agent, $"/api/v1/accounts/{from}/deposits", new { amount = 50_000, channel = "Cash", categoryId = trade });
        deposit.GetProperty("categoryId").GetGuid().Should().Be(trade);
        deposit.GetProperty("categoryName").GetString().Should().Be("Négoce");
        var withdrawal = await MoveAsync(agent, $"/api/v1/accounts/{from}/withdrawals", new { amount = 5_000, channel = "Cash", categoryId = health });
        withdrawal.GetProperty("categoryName").GetString().Should().Be("Santé");
        var transfer = await MoveAsync(agent, "/api/v1/transfers", new { fromAccountId = from, toAccountId = to, amount = 1_000, categoryId = trade });
        transfer.GetProperty("debit").GetProperty("categoryName").GetString().Should().Be("Négoce");
        transfer.GetProperty("credit").GetProperty("categoryName").GetString().Should().Be("Négoce", "both sides of the operation carry it");

        using var unknown = await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{from}/deposits",
            new { amount = 1_000, channel = "Cash", categoryId = Guid.NewGuid() }, Guid.NewGuid().ToString());
        await unknown.ShouldBeProblemAsync(422, "category_unknown");
        (await _banking.BalanceAsync(from)).Should().Be(44_000, "nothing was posted with an unknown category");

        var id = deposit.GetProperty("id").GetGuid();
        using var retagged = await agent.PutJsonAsync($"/api/v1/transactions/{id}/category", new { categoryId = health });
        retagged.StatusCode.Should().Be(HttpStatusCode.OK, await retagged.Content.ReadAsStringAsync());
        (await retagged.JsonAsync()).GetProperty("categoryName").GetString().Should().Be("Santé");
        await (await agent.PutJsonAsync($"/api/v1/transactions/{id}/category", new { categoryId = Guid.NewGuid() })).ShouldBeProblemAsync(422, "category_unknown");
        await (await agent.PutJsonAsync($"/api/v1/transactions/{Guid.NewGuid()}/category", new { categoryId = health })).ShouldBeProblemAsync(404);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'CategorizeTransaction' AND entity_id = '{id}'"))
            .Should().Be(1, "a re-tag is audited");

        var supervisor = await app.As("supervisor");
        var byOther = await MoveAsync(supervisor, $"/api/v1/accounts/{from}/deposits", new { amount = 2_000, channel = "Cash" });
        byOther.GetProperty("categoryId").ValueKind.Should().Be(JsonValueKind.Null);
        await (await agent.PutJsonAsync($"/api/v1/transactions/{byOther.GetProperty("id").GetGuid()}/category", new { categoryId = trade }))
            .ShouldBeProblemAsync(403);
        using var cleared = await supervisor.PutJsonAsync($"/api/v1/transactions/{id}/category", new { categoryId = (Guid?)null });
        (await cleared.JsonAsync()).GetProperty("categoryId").ValueKind.Should().Be(JsonValueKind.Null, "a supervisor may clear any movement's tag");

        var reversed = await MoveAsync(agent, $"/api/v1/accounts/{from}/deposits", new { amount = 3_000, channel = "Cash", categoryId = trade });
        using (var reversal = await Banking.SendMoneyAsync(supervisor, $"/api/v1/transactions/{reversed.GetProperty("id").GetGuid()}/reverse",
                   new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString()))
            (await reversal.JsonAsync()).EnumerateArray().Single().GetProperty("categoryName").GetString()
                .Should().Be("Négoce", "a reversal carries its original's category, so the category nets to nothing");

        var admin = await app.As("sfd.admin");
        var used = await (await admin.DeleteAsync($"/api/v1/categories/{trade}")).ShouldBeProblemAsync(409, "category_in_use");
        used.GetProperty("detail").GetString().Should().Contain("Négoce");
        (await admin.PutJsonAsync($"/api/v1/categories/{trade}", new { name = "Petit négoce" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var debit = transfer.GetProperty("debit").GetProperty("id").GetGuid();
        (await (await agent.GetAsync($"/api/v1/transactions/{debit}")).JsonAsync()).GetProperty("categoryName").GetString()
            .Should().Be("Petit négoce", "the movement keeps its category by id and shows its new name");
        (await (await agent.GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == trade).GetProperty("transactionCount").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task The_explorer_filters_and_sorts_by_category_and_exports_exactly_the_filtered_rows_into_the_history()
    {
        var alpha = await CreateAsync("Alimentation");
        var beta = await CreateAsync("Bâtiment");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CEXP"));
        var agent = await app.As("agent");
        foreach (var (amount, category) in new[] { (10_000m, (Guid?)alpha), (20_000m, beta), (30_000m, null), (40_000m, alpha) })
            await MoveAsync(agent, $"/api/v1/accounts/{account}/deposits", new { amount, channel = "Cash", categoryId = category });
        var accountant = await app.As("accountant");

        async Task<JsonElement> Explore(string filters) =>
            await (await accountant.GetAsync($"/api/v1/transactions?accountId={account}&{filters}")).JsonAsync();
        static decimal[] Amounts(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("amount").GetDecimal())];

        var tagged = await Explore($"categoryId={alpha}&sort=amount");
        Amounts(tagged).Should().Equal(10_000, 40_000);
        tagged.GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(50_000);
        Amounts(await Explore("categorized=false")).Should().Equal(30_000);
        Amounts(await Explore("categorized=true&sort=amount")).Should().Equal(10_000, 20_000, 40_000);
        Amounts(await Explore("sort=category")).Should().Equal(40_000, 10_000, 20_000, 30_000);
        Amounts(await Explore("sort=-category")).Should().Equal(20_000, 40_000, 10_000, 30_000);
        await (await accountant.GetAsync($"/api/v1/transactions?categoryId={alpha}&categorized=false")).ShouldBeProblemAsync(400);

        using var csv = await accountant.GetAsync($"/api/v1/transactions?accountId={account}&categoryId={alpha}&sort=amount&format=csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("transaction-explorer-");
        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Date de valeur,Compte ou prêt,Client,Opération,Canal,Catégorie,Crédit,Débit,Solde après,Référence,Agent,Extournée");
        lines.Skip(1).Should().HaveCount(2, "exactly the filtered rows, not a page nor the whole account")
            .And.AllSatisfy(l => l.Should().Contain(",Dépôt,Espèces,Alimentation,"));
        lines[1].Should().Contain(",10000,,").And.EndWith(",Non");
        lines[2].Should().Contain(",40000,,");

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/transactions?accountId={account}&categorized=true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var xlsx = await accountant.SendAsync(request);
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK, await xlsx.Content.ReadAsStringAsync());
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            rows[0][0].InnerText.Should().Be("Explorateur des transactions");
            rows.Should().Contain(r => r.Count == 1 && r[0].InnerText == "Catégorie\u00A0: Toute catégorie", "the filters are named in French");
            var header = rows.FindIndex(r => r.Count > 1 && r[0].InnerText == "Date de valeur");
            var data = rows.Skip(header + 1).Where(r => r.Count == TransactionColumns).ToList();
            data.Select(r => r[6].CellValue!.Text).Should().BeEquivalentTo(["10000", "20000", "40000"], "money stays a number, three tagged rows");
        }

        var history = await (await accountant.GetAsync("/api/v1/report-runs?report=transaction-explorer")).JsonAsync();
        var runs = history.GetProperty("items").EnumerateArray().Take(2).ToList();
        runs.Select(r => r.GetProperty("format").GetString()).Should().Equal("Xlsx", "Csv");
        runs[1].GetProperty("title").GetString().Should().Be("Explorateur des transactions");
        runs[1].GetProperty("rowCount").GetInt64().Should().Be(2);
        runs[1].GetProperty("parameters").GetProperty("categoryId").GetString().Should().Be(alpha.ToString());
        runs[1].GetProperty("parameters").GetProperty("sort").GetString().Should().Be("amount");
        csv.Content.Headers.ContentLocation!.ToString().Should().Be($"/api/v1/report-runs/{runs[1].GetProperty("id").GetGuid()}/file");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'ExportTransactions' AND entity_id = '{runs[1].GetProperty("id").GetGuid()}'"))
            .Should().Be(1, "the explorer's export is audited with its run, as a report's");

        var before = await app.ScalarAsync<long>("SELECT count(*) FROM report_runs");
        (await (await accountant.GetAsync($"/api/v1/transactions?accountId={account}&category=Alimentation&format=csv")).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("category")[0].GetString().Should().Contain("categoryId");
        await (await accountant.GetAsync($"/api/v1/transactions?accountId={account}&format=docx")).ShouldBeProblemAsync(400);
        await (await agent.GetAsync($"/api/v1/transactions?accountId={account}&format=csv")).ShouldBeProblemAsync(403);
        (await app.ScalarAsync<long>("SELECT count(*) FROM report_runs")).Should().Be(before, "nothing is recorded for a refused export");
    }

    [Fact]
    public async Task The_reports_show_the_category_filter_by_it_and_group_a_periods_movements_by_category()
    {
        var rent = await CreateAsync("Loyer");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CREP"));
        var agent = await app.As("agent");
        await MoveAsync(agent, $"/api/v1/accounts/{account}/deposits", new { amount = 70_000, channel = "Cash", categoryId = rent });
        await MoveAsync(agent, $"/api/v1/accounts/{account}/withdrawals", new { amount = 15_000, channel = "Cash", categoryId = rent });
        var supervisor = await app.As("supervisor");

        var history = await (await supervisor.GetAsync($"/api/v1/reports/transactions?categoryId={rent}&pageSize=100")).JsonAsync();
        history.GetProperty("totalCount").GetInt32().Should().Be(2);
        history.GetProperty("rows").EnumerateArray().Should().AllSatisfy(r => r[10].GetString().Should().Be("Loyer"));
        await (await supervisor.GetAsync($"/api/v1/reports/client-balances?categoryId={rent}")).ShouldBeProblemAsync(400);

        var grouped = await (await supervisor.GetAsync("/api/v1/reports/movements-by-category?pageSize=100")).JsonAsync();
        var row = grouped.GetProperty("rows").EnumerateArray().Single(r => r[0].GetString() == "Loyer");
        row[1].GetInt32().Should().Be(2);
        row[2].GetDecimal().Should().Be(70_000);
        row[3].GetDecimal().Should().Be(15_000);
        grouped.GetProperty("rows").EnumerateArray().Last()[0].GetString().Should().Be("Sans catégorie", "the untagged movements come last");
        grouped.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Crédits").GetProperty("value").GetDecimal()
            .Should().Be(grouped.GetProperty("rows").EnumerateArray().Sum(r => r[2].GetDecimal()));
    }

    [Fact]
    public async Task Another_institutions_categories_and_movements_are_out_of_reach()
    {
        var mine = await CreateAsync("Tontine");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CISO"));
        var movement = (await MoveAsync(await app.As("agent"), $"/api/v1/accounts/{account}/deposits", new { amount = 5_000, channel = "Cash" }))
            .GetProperty("id").GetGuid();

        var code = $"K{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Rivale", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin B", adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");

        (await (await adminB.GetAsync("/api/v1/categories")).JsonAsync()).GetArrayLength().Should().Be(0);
        await (await adminB.PutJsonAsync($"/api/v1/categories/{mine}", new { name = "Pirate" })).ShouldBeProblemAsync(404);
        await (await adminB.DeleteAsync($"/api/v1/categories/{mine}")).ShouldBeProblemAsync(404);
        await (await adminB.PutJsonAsync($"/api/v1/transactions/{movement}/category", new { categoryId = (Guid?)null })).ShouldBeProblemAsync(404);
        using var theirs = await adminB.PostJsonAsync("/api/v1/categories", new { name = "Tontine" });
        theirs.StatusCode.Should().Be(HttpStatusCode.Created, "names are unique per institution, not across them");
        var theirId = (await theirs.JsonAsync()).GetProperty("id").GetGuid();

        await (await (await app.As("agent")).PutJsonAsync($"/api/v1/transactions/{movement}/category", new { categoryId = theirId }))
            .ShouldBeProblemAsync(422, "category_unknown");
        (await (await (await app.As("sfd.admin")).GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray()
            .Should().ContainSingle(c => c.GetProperty("name").GetString() == "Tontine").Which.GetProperty("id").GetGuid().Should().Be(mine);
    }

    private const int TransactionColumns = 12;

    private async Task<Guid> CreateAsync(string name)
    {
        using var response = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/categories", new { name });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var category = await response.JsonAsync();
        category.GetProperty("name").GetString().Should().Be(name);
        return category.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> MoveAsync(HttpClient client, string url, object body)
    {
        using var response = await Banking.SendMoneyAsync(client, url, body, Guid.NewGuid().ToString());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
