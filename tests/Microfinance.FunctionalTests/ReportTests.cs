using System.Net.Http.Headers;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Microfinance.FunctionalTests;

/// <summary>The report catalogue, its pages on screen, its exports in three formats read back, and their history.</summary>
public sealed class ReportTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task The_catalogue_names_each_reports_French_columns_and_the_filters_it_takes()
    {
        var catalogue = await (await (await app.As("accountant")).GetAsync("/api/v1/reports")).JsonAsync();

        var situation = catalogue.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "client-balances");
        situation.GetProperty("title").GetString().Should().Be("Situation des clients");
        situation.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString())
            .Should().Contain(["N° client", "Épargne", "Encours de crédit"]);
        situation.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "savings")
            .GetProperty("kind").GetString().Should().Be("Money");
        situation.GetProperty("filters").EnumerateArray().Select(f => f.GetString()).Should().Equal("branchId", "agentId", "status");
        catalogue.EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Contain("portfolio-ageing");
        await (await (await app.As("agent")).GetAsync("/api/v1/reports")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task The_situation_shows_each_clients_savings_and_loans_and_its_totals_cover_every_row_not_just_the_page()
    {
        var client = await _banking.CreateClientAsync("Afiavi", "Houngbédji");
        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RSIT"), client), 150_000);
        var supervisor = await app.As("supervisor");

        var all = await (await supervisor.GetAsync("/api/v1/reports/client-balances?pageSize=100")).JsonAsync();
        var row = all.GetProperty("rows").EnumerateArray().Single(r => r[1].GetString() == "Afiavi Houngbédji");
        row[6].GetDecimal().Should().Be(150_000);
        row[4].GetString().Should().Be("Actif");
        var savings = all.GetProperty("rows").EnumerateArray().Sum(r => r[6].GetDecimal());
        all.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Épargne")
            .GetProperty("value").GetDecimal().Should().Be(savings);

        var firstPage = await (await supervisor.GetAsync("/api/v1/reports/client-balances?pageSize=1")).JsonAsync();
        firstPage.GetProperty("rows").GetArrayLength().Should().Be(1);
        firstPage.GetProperty("totalCount").GetInt32().Should().Be(all.GetProperty("totalCount").GetInt32());
        firstPage.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Épargne")
            .GetProperty("value").GetDecimal().Should().Be(savings, "totals are over every row the filters select");

        var suspended = await (await supervisor.GetAsync("/api/v1/reports/client-balances?status=Suspended&pageSize=100")).JsonAsync();
        suspended.GetProperty("rows").EnumerateArray().Should().NotContain(r => r[1].GetString() == "Afiavi Houngbédji");
    }

    [Fact]
    public async Task A_filter_the_report_does_not_take_an_unknown_parameter_or_format_is_a_400_naming_what_is_allowed()
    {
        var supervisor = await app.As("supervisor");

        var product = await (await supervisor.GetAsync($"/api/v1/reports/client-balances?productId={Guid.NewGuid()}")).ShouldBeProblemAsync(400);
        product.GetProperty("errors").GetProperty("productId")[0].GetString().Should().Contain("branchId, agentId, status");
        var unknown = await (await supervisor.GetAsync("/api/v1/reports/client-balances?minAmount=5")).ShouldBeProblemAsync(400);
        unknown.GetProperty("errors").GetProperty("minAmount")[0].GetString().Should().Contain("branchId");
        var status = await (await supervisor.GetAsync("/api/v1/reports/client-balances?status=Riche")).ShouldBeProblemAsync(400);
        status.GetProperty("errors").GetProperty("status")[0].GetString().Should().Contain("Active");
        var format = await (await supervisor.GetAsync("/api/v1/reports/client-balances?format=docx")).ShouldBeProblemAsync(400);
        format.GetProperty("errors").GetProperty("format")[0].GetString().Should().Contain("csv, xlsx, pdf");
        await (await supervisor.GetAsync("/api/v1/reports/client-balances?format=1")).ShouldBeProblemAsync(400);
        await (await supervisor.GetAsync("/api/v1/reports/nothing-here")).ShouldBeProblemAsync(404);
        (await app.ScalarAsync<long>("SELECT count(*) FROM report_runs WHERE parameters ? 'productId'")).Should().Be(0, "nothing is recorded for a refused request");
    }

    [Fact]
    public async Task Exports_in_csv_xlsx_and_pdf_carry_the_French_headers_and_figures_and_the_history_serves_them_again_byte_for_byte()
    {
        var client = await _banking.CreateClientAsync("Sènan", "Adjovi");
        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("REXP"), client), 150_000);
        var accountant = await app.As("accountant");

        using var csv = await accountant.GetAsync("/api/v1/reports/client-balances?format=csv&status=Active");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("client-balances-").And.EndWith(".csv");
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        csvBytes.Take(3).Should().Equal((byte)0xEF, (byte)0xBB, (byte)0xBF);
        var lines = System.Text.Encoding.UTF8.GetString(csvBytes[3..]).Split("\r\n");
        lines[0].Should().Be("N° client,Client,Agence,Agent,Statut,Comptes,Épargne,Encours de crédit");
        lines.Should().ContainSingle(l => l.Contains(",Sènan Adjovi,", StringComparison.Ordinal)).Which.Should().EndWith(",Actif,1,150000,0");

        using var xlsx = await accountant.GetAsync("/api/v1/reports/client-balances?format=xlsx&status=Active");
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            rows[0][0].InnerText.Should().Be("Situation des clients");
            rows.Should().Contain(r => r.Count == 1 && r[0].InnerText == "Statut\u00A0: Actif", "the filters are named in French");
            var row = rows.Single(r => r.Count > 1 && r[1].InnerText == "Sènan Adjovi");
            row[6].DataType.Should().BeNull("money stays a number in the sheet");
            row[6].CellValue!.Text.Should().Be("150000");
            ReportFiles.FormatCode(workbook, row[6]).Should().Be("#,##0 \"FCFA\"");
        }

        var pdfRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/client-balances");
        pdfRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        using var pdf = await accountant.SendAsync(pdfRequest);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = ReportFiles.Normalised(await ReportFiles.PdfTextAsync(pdfBytes));
        text.Should().Contain("Situation des clients").And.Contain("Épargne").And.Contain("Sènan Adjovi").And.Contain("150 000 FCFA").And.Contain("Page 1 / ");

        var history = await (await accountant.GetAsync("/api/v1/report-runs?report=client-balances")).JsonAsync();
        var runs = history.GetProperty("items").EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("format").GetString()).Take(3).Should().Equal("Pdf", "Xlsx", "Csv");
        var csvRun = runs[2];
        csvRun.GetProperty("parameters").GetProperty("status").GetString().Should().Be("Active");
        csvRun.GetProperty("requestedBy").GetString().Should().NotBeNullOrEmpty();
        csvRun.GetProperty("title").GetString().Should().Be("Situation des clients");
        csvRun.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(csvBytes)));
        csv.Content.Headers.ContentLocation!.ToString().Should().Be($"/api/v1/report-runs/{csvRun.GetProperty("id").GetGuid()}/file");

        using var again = await accountant.GetAsync($"/api/v1/report-runs/{runs[0].GetProperty("id").GetGuid()}/file");
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await again.Content.ReadAsByteArrayAsync()).Should().Equal(pdfBytes);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'ExportReport' AND entity_id = '{runs[0].GetProperty("id").GetGuid()}'"))
            .Should().Be(1, "an export is audited with its run, not its bytes");
    }

    [Fact]
    public async Task Portfolio_ageing_puts_each_loan_in_its_bucket_at_the_date_asked()
    {
        var lending = new Lending(app, _banking);
        var late = await lending.ActiveLoanAsync(await lending.CreateProductAsync("RAGE"), 90_000, 3, 12, disbursed: Lending.Today.AddDays(-75));
        var number = (await lending.LoanAsync(late)).GetProperty("number").GetString();
        var supervisor = await app.As("supervisor");

        var today = await (await supervisor.GetAsync("/api/v1/reports/portfolio-ageing?pageSize=100")).JsonAsync();
        var row = today.GetProperty("rows").EnumerateArray().Single(r => r[0].GetString() == number);
        row[5].GetDecimal().Should().Be(90_000);
        var days = row[6].GetInt32();
        days.Should().BeInRange(31, 90, "its first monthly installment fell due about 45 days ago");
        row[7].GetString().Should().Be("31 à 90 jours");
        today.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "31 à 90 jours")
            .GetProperty("value").GetDecimal().Should().BeGreaterThanOrEqualTo(90_000);

        var later = await (await supervisor.GetAsync($"/api/v1/reports/portfolio-ageing?asOf={Lending.Today.AddDays(120):yyyy-MM-dd}&pageSize=100")).JsonAsync();
        later.GetProperty("rows").EnumerateArray().Single(r => r[0].GetString() == number)[7].GetString().Should().Be("91 à 180 jours");
    }

    [Fact]
    public async Task The_transaction_history_lists_a_periods_movements_with_their_channel_agent_and_reversal()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RTRX"), await _banking.CreateClientAsync("Comlan", "Dossou"));
        await _banking.DepositAsync(account, 150_000);
        var number = (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString();
        var agent = await (await (await app.As("agent")).GetAsync("/api/v1/auth/me")).JsonAsync();
        var supervisor = await app.As("supervisor");

        var history = await (await supervisor.GetAsync($"/api/v1/reports/transactions?agentId={agent.GetProperty("id").GetGuid()}&pageSize=100")).JsonAsync();
        var row = history.GetProperty("rows").EnumerateArray().Single(r => r[1].GetString() == number);
        row[0].GetString().Should().Be(Lending.Today.ToString("yyyy-MM-dd"));
        row[2].GetString().Should().Be("Comlan Dossou");
        row[4].GetString().Should().Be("Dépôt");
        row[5].GetString().Should().Be("Espèces");
        row[6].GetDecimal().Should().Be(150_000);
        row[7].ValueKind.Should().Be(JsonValueKind.Null);
        row[8].GetString().Should().Be(agent.GetProperty("displayName").GetString());
        row[9].GetString().Should().Be("Non");
        history.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Crédits").GetProperty("value").GetDecimal()
            .Should().Be(history.GetProperty("rows").EnumerateArray().Sum(r => r[6].ValueKind == JsonValueKind.Null ? 0 : r[6].GetDecimal()));

        var tomorrow = Lending.Today.AddDays(1).ToString("yyyy-MM-dd");
        (await (await supervisor.GetAsync($"/api/v1/reports/transactions?from={tomorrow}&to={tomorrow}")).JsonAsync())
            .GetProperty("totalCount").GetInt32().Should().Be(0);
        await (await supervisor.GetAsync($"/api/v1/reports/transactions?from={tomorrow}&to={Lending.Today:yyyy-MM-dd}")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Collections_per_agent_sum_what_each_agent_took_in_and_leave_reversed_ones_out()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RCOL"));
        var supervisor = await app.As("supervisor");
        var agentId = (await (await (await app.As("agent")).GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("id").GetGuid();
        var url = $"/api/v1/reports/collections-by-agent?agentId={agentId}";
        var before = (await (await supervisor.GetAsync(url)).JsonAsync()).GetProperty("rows").EnumerateArray().SingleOrDefault();
        var depositsBefore = before.ValueKind == JsonValueKind.Undefined ? 0 : before[2].GetDecimal();

        await _banking.DepositAsync(account, 40_000);
        var reversed = await _banking.DepositAsync(account, 7_000);
        using var reversal = await Banking.SendMoneyAsync(supervisor, $"/api/v1/transactions/{reversed.GetProperty("id").GetGuid()}/reverse",
            new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString());
        reversal.StatusCode.Should().Be(HttpStatusCode.OK, await reversal.Content.ReadAsStringAsync());

        var report = await (await supervisor.GetAsync(url)).JsonAsync();
        var row = report.GetProperty("rows").EnumerateArray().Single();
        row[2].GetDecimal().Should().Be(depositsBefore + 40_000, "the reversed deposit is not a collection");
        row[8].GetDecimal().Should().Be(row[2].GetDecimal() + row[4].GetDecimal() + row[6].GetDecimal(), "deposits, repayments and tontine contributions");
        report.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Total encaissé")
            .GetProperty("value").GetDecimal().Should().Be(row[8].GetDecimal());
    }

    [Fact]
    public async Task Another_institution_neither_sees_the_history_nor_downloads_its_files()
    {
        var accountant = await app.As("accountant");
        using var export = await accountant.GetAsync("/api/v1/reports/client-balances?format=csv");
        var file = export.Content.Headers.ContentLocation!.ToString();

        var code = $"R{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin B", adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");

        await (await adminB.GetAsync(file)).ShouldBeProblemAsync(404);
        (await (await adminB.GetAsync("/api/v1/report-runs")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await (await adminB.GetAsync("/api/v1/reports/client-balances")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
    }
}
