using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Microfinance.FunctionalTests;

/// <summary>
/// What the auditors' workspace reads besides the list (docs/anomalies.md): the counts per rule and the weekly trend of
/// what the filters select, and the list's export as a file kept in the export history.
/// </summary>
public sealed class AnomalyWorkspaceTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Statistics_count_the_filtered_findings_per_rule_and_status_and_per_week_of_their_situation()
    {
        var lending = new Lending(app, _banking);
        var product = await lending.CreateProductAsync("ANW1");
        // Disbursed 130 days ago and never repaid: its first installment is 100 days late, a high-severity finding.
        var loan = await lending.ActiveLoanAsync(product, 150_000, 3, 12, Lending.Today.AddDays(-130));
        var auditor = await app.As("auditor");
        (await auditor.PostJsonAsync("/api/v1/anomalies/detect")).EnsureSuccessStatusCode();
        var finding = await LateFindingAsync(auditor, loan);
        var client = finding.GetProperty("clientId").GetGuid();
        var occurredOn = DateOnly.Parse(finding.GetProperty("occurredOn").GetString()!, CultureInfo.InvariantCulture);

        var mine = await StatisticsAsync(auditor, $"clientId={client}");
        var rules = mine.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("rule").GetString()).Should().HaveCount(10, "every rule is listed, zeros included").And.StartWith("late_repayment");
        rules[0].GetProperty("open").GetInt32().Should().Be(1);
        rules[0].GetProperty("total").GetInt32().Should().Be(1);
        rules.Skip(1).Should().OnlyContain(r => r.GetProperty("total").GetInt32() == 0);
        var week = mine.GetProperty("trend").EnumerateArray().Should().ContainSingle().Subject;
        var monday = occurredOn.AddDays(-(((int)occurredOn.DayOfWeek + 6) % 7));
        week.GetProperty("weekStart").GetString().Should().Be(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "weeks start on Monday");
        (week.GetProperty("high").GetInt32(), week.GetProperty("medium").GetInt32(), week.GetProperty("total").GetInt32()).Should().Be((1, 0, 1));

        // A review moves the finding from one status's count to the next.
        (await auditor.PostJsonAsync($"/api/v1/anomalies/{finding.GetProperty("id").GetGuid()}/acknowledge", new { comment = "Vu" })).EnsureSuccessStatusCode();
        var reviewed = (await StatisticsAsync(auditor, $"clientId={client}")).GetProperty("rules")[0];
        (reviewed.GetProperty("open").GetInt32(), reviewed.GetProperty("acknowledged").GetInt32()).Should().Be((0, 1));
        (await StatisticsAsync(auditor, $"clientId={client}&status=Open")).GetProperty("trend").GetArrayLength().Should().Be(0, "the filters apply to the trend too");

        // The whole institution: the counts add up to what the list says, and the trend's weeks follow each other.
        var all = await StatisticsAsync(auditor, "rule=late_repayment");
        var listed = await (await auditor.GetAsync("/api/v1/anomalies?rule=late_repayment")).JsonAsync();
        all.GetProperty("rules")[0].GetProperty("total").GetInt32().Should().Be(listed.GetProperty("totalCount").GetInt32());
        var trend = all.GetProperty("trend").EnumerateArray().ToList();
        trend.Sum(w => w.GetProperty("total").GetInt32()).Should().Be(listed.GetProperty("totalCount").GetInt32());
        trend.Select(w => DateOnly.Parse(w.GetProperty("weekStart").GetString()!, CultureInfo.InvariantCulture)).Should()
            .OnlyContain(d => d.DayOfWeek == DayOfWeek.Monday).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Statistics_refuse_bad_filters_and_other_roles()
    {
        var auditor = await app.As("auditor");
        await (await auditor.GetAsync("/api/v1/anomalies/statistics?rule=nope")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/statistics?status=Closed")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/statistics?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/statistics?page=2")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).GetAsync("/api/v1/anomalies/statistics")).ShouldBeProblemAsync(403);
        (await (await app.As("sfd.admin")).GetAsync("/api/v1/anomalies/statistics")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_list_exports_as_csv_and_xlsx_with_its_filters_kept_in_the_history_and_audited()
    {
        var lending = new Lending(app, _banking);
        var loan = await lending.ActiveLoanAsync(await lending.CreateProductAsync("ANW2"), 120_000, 3, 12, Lending.Today.AddDays(-100));
        var auditor = await app.As("auditor");
        (await auditor.PostJsonAsync("/api/v1/anomalies/detect")).EnsureSuccessStatusCode();
        var finding = await LateFindingAsync(auditor, loan);
        var client = finding.GetProperty("clientId").GetGuid();
        var loanNumber = finding.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "Loan").GetProperty("label").GetString();

        using var csv = await auditor.GetAsync($"/api/v1/anomalies/export?format=csv&clientId={client}&status=Open");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("anomalies-").And.EndWith(".csv");
        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Date de la situation,Règle,Gravité,Statut,Agence,Agent,Client,Objets concernés,Chiffres,Première détection,Détections,Revue par,Dernier commentaire");
        lines.Skip(1).Should().ContainSingle("exactly the filtered findings").Which.Should()
            .StartWith($"{finding.GetProperty("occurredOn").GetString()},Retard de remboursement,Moyenne,Ouverte,")
            .And.Contain(loanNumber).And.Contain("daysLate=");

        using var xlsx = await auditor.GetAsync($"/api/v1/anomalies/export?format=xlsx&clientId={client}&rule=late_repayment");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK, await xlsx.Content.ReadAsStringAsync());
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            rows[0][0].InnerText.Should().Be("Anomalies détectées");
            rows.Should().Contain(r => r.Count == 1 && r[0].InnerText == "Règle\u00A0: Retard de remboursement", "the filters are named in French");
        }

        var history = await (await auditor.GetAsync("/api/v1/report-runs?report=anomalies")).JsonAsync();
        var runs = history.GetProperty("items").EnumerateArray().Take(2).ToList();
        runs.Select(r => r.GetProperty("format").GetString()).Should().Equal("Xlsx", "Csv");
        runs[1].GetProperty("rowCount").GetInt64().Should().Be(1);
        runs[1].GetProperty("parameters").GetProperty("clientId").GetString().Should().Be(client.ToString());
        runs[1].GetProperty("parameters").GetProperty("status").GetString().Should().Be("Open");
        csv.Content.Headers.ContentLocation!.ToString().Should().Be($"/api/v1/report-runs/{runs[1].GetProperty("id").GetGuid()}/file");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'ExportAnomalies' AND entity_id = '{runs[1].GetProperty("id").GetGuid()}'"))
            .Should().Be(1, "an export is audited with its run, as the reports' are");
    }

    [Fact]
    public async Task The_export_refuses_other_formats_bad_filters_and_other_roles()
    {
        var auditor = await app.As("auditor");
        await (await auditor.GetAsync("/api/v1/anomalies/export?format=pdf")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/export?format=doc")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/export?format=csv&severity=Huge")).ShouldBeProblemAsync(400);
        await (await auditor.GetAsync("/api/v1/anomalies/export?format=csv&pageSize=10")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).GetAsync("/api/v1/anomalies/export?format=csv")).ShouldBeProblemAsync(403);
    }

    private static async Task<JsonElement> StatisticsAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/anomalies/statistics?{query}");
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static async Task<JsonElement> LateFindingAsync(HttpClient client, Guid loan)
    {
        var page = await (await client.GetAsync("/api/v1/anomalies?rule=late_repayment&pageSize=100")).JsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("subjects").EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == loan));
    }
}
