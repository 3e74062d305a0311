using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The catalogue's loan, totals and accounting reports, each against figures worked out by hand here: loans filtered
/// by a product of their own, institution-wide figures as what one operation adds to them.
/// </summary>
public sealed class ReportCatalogueTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Centre = "Agence Cotonou Centre", Market = "Agence Dantokpa";
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task Loans_in_progress_show_each_loans_outstanding_next_installment_and_days_late()
    {
        var product = await Lending.CreateProductAsync("RLIP");
        var disbursedLate = Lending.Today.AddDays(-45);
        var late = await Lending.ActiveLoanAsync(product, 120_000, 4, 0, disbursed: disbursedLate);
        var fresh = await Lending.ActiveLoanAsync(product, 60_000, 2, 0);
        using (var repaid = await Lending.RepayAsync(fresh, 10_000))
            repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
        var lateFirstDue = await FirstDueDateAsync(late);
        var freshFirstDue = await FirstDueDateAsync(fresh);

        using var response = await (await app.As("supervisor")).GetAsync($"/api/v1/reports/loans-in-progress?productId={product}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.JsonAsync();

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r[1].GetString()).Should().Equal((await Lending.LoanAsync(late)).GetProperty("number").GetString(),
            (await Lending.LoanAsync(fresh)).GetProperty("number").GetString());
        var (lateRow, freshRow) = (rows[0], rows[1]);
        lateRow[2].GetString().Should().Be("Crédit RLIP");
        lateRow[3].GetString().Should().Be(Centre);
        lateRow[5].GetDecimal().Should().Be(120_000);
        lateRow[6].GetString().Should().Be($"{disbursedLate:yyyy-MM-dd}");
        lateRow[7].GetDecimal().Should().Be(120_000, "nothing is repaid");
        lateRow[8].GetString().Should().Be($"{lateFirstDue:yyyy-MM-dd}", "the oldest installment not paid is the next to pay");
        lateRow[9].GetDecimal().Should().Be(30_000, "120 000 in 4 installments at 0 %");
        lateRow[10].GetInt32().Should().Be(Lending.Today.DayNumber - lateFirstDue.DayNumber);
        freshRow[7].GetDecimal().Should().Be(50_000, "60 000 less 10 000 of principal repaid");
        freshRow[8].GetString().Should().Be($"{freshFirstDue:yyyy-MM-dd}");
        freshRow[9].GetDecimal().Should().Be(20_000, "30 000 due less the 10 000 paid ahead");
        freshRow[10].GetInt32().Should().Be(0);
        Total(report, "Montant décaissé").Should().Be(180_000);
        Total(report, "Capital restant dû").Should().Be(170_000);
        report.GetProperty("totalCount").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Par_by_branch_and_by_agent_figure_the_late_part_of_the_portfolio_and_export_in_three_formats()
    {
        var product = await Lending.CreateProductAsync("RPAR");
        var late = await Lending.ActiveLoanAsync(product, 100_000, 3, 0, disbursed: Lending.Today.AddDays(-75));
        var current = await Lending.ActiveLoanAsync(product, 50_000, 2, 0);
        var lateSince = await FirstDueDateAsync(late);
        var agentName = (await (await (await app.As("agent")).GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("displayName").GetString();
        var supervisor = await app.As("supervisor");

        // Today: the late loan's first installment is some 45 days late (more than 30, not 90); the other is current.
        var byBranch = await (await supervisor.GetAsync($"/api/v1/reports/par-by-branch?productId={product}")).JsonAsync();
        var row = byBranch.GetProperty("rows").EnumerateArray().Single();
        Cells(row).Should().Equal(Centre, "2", "1", "150000", "100000", "66.67", "66.67", "0");
        Total(byBranch, "Encours à risque > 30 jours").Should().Be(100_000);
        Total(byBranch, "PAR 30").Should().Be(66.67m);
        var byAgent = await (await supervisor.GetAsync($"/api/v1/reports/par-by-agent?productId={product}")).JsonAsync();
        Cells(byAgent.GetProperty("rows").EnumerateArray().Single()).Should().Equal(agentName, "2", "1", "150000", "100000", "66.67", "66.67", "0");

        // 31 days after the current loan's first due date, it is at risk too; the late one is past 90 days.
        var asOf = (await FirstDueDateAsync(current)).AddDays(31);
        (asOf.DayNumber - lateSince.DayNumber).Should().BeGreaterThan(90);
        var later = await (await supervisor.GetAsync($"/api/v1/reports/par-by-branch?productId={product}&asOf={asOf:yyyy-MM-dd}")).JsonAsync();
        Cells(later.GetProperty("rows").EnumerateArray().Single()).Should().Equal(Centre, "2", "2", "150000", "150000", "100", "100", "66.67");

        // The ageing report reads the same arrears; its bucket totals are summed in SQL.
        var ageing = await (await supervisor.GetAsync($"/api/v1/reports/portfolio-ageing?productId={product}")).JsonAsync();
        Totals(ageing).Should().Equal(50_000, 0, 100_000, 0, 0, 150_000);
        var agedLater = await (await supervisor.GetAsync($"/api/v1/reports/portfolio-ageing?productId={product}&asOf={asOf:yyyy-MM-dd}")).JsonAsync();
        Totals(agedLater).Should().Equal(0, 0, 50_000, 100_000, 0, 150_000);

        var accountant = await app.As("accountant");
        var url = $"/api/v1/reports/par-by-branch?productId={product}";
        using var csv = await accountant.GetAsync($"{url}&format=csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        lines[0].Should().Be("Agence,Prêts actifs,Prêts en retard,Encours,Encours à risque > 30 jours,PAR 1,PAR 30,PAR 90");
        lines[1].Should().Be($"{Centre},2,1,150000,100000,66.67,66.67,0");

        using var xlsx = await accountant.GetAsync($"{url}&format=xlsx");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            rows[0][0].InnerText.Should().Be("Portefeuille à risque par agence");
            var cells = rows.Single(r => r.Count > 1 && r[0].InnerText == Centre);
            cells[3].CellValue!.Text.Should().Be("150000");
            ReportFiles.FormatCode(workbook, cells[3]).Should().Be("#,##0 \"FCFA\"");
            cells[6].DataType.Should().BeNull("a percentage stays a number");
            cells[6].CellValue!.Text.Should().Be("66.67");
            ReportFiles.FormatCode(workbook, cells[6]).Should().Be("0.00\" %\"");
            rows.Should().Contain(r => r.Count == 2 && r[0].InnerText == "PAR 30" && r[1].CellValue!.Text == "66.67", "the totals follow the rows");
        }

        using var pdf = await accountant.GetAsync($"{url}&format=pdf");
        var text = ReportFiles.Normalised(await ReportFiles.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync()));
        text.Should().Contain("Portefeuille à risque par agence").And.Contain("PAR 30").And.Contain("150 000 FCFA").And.Contain("66,67 %");
    }

    [Fact]
    public async Task Totals_saved_and_lent_add_a_periods_deposits_withdrawals_loans_and_repayments_per_branch()
    {
        var today = $"{Lending.Today:yyyy-MM-dd}";
        var url = $"/api/v1/reports/savings-and-loans-totals?from={today}&to={today}";
        var supervisor = await app.As("supervisor");
        var before = await (await supervisor.GetAsync(url)).JsonAsync();

        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RSLT"));
        await _banking.DepositAsync(account, 150_000);
        using (var withdrawal = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 20_000, channel = "Cash" }))
            withdrawal.StatusCode.Should().Be(HttpStatusCode.Created, await withdrawal.Content.ReadAsStringAsync());
        var loan = await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("RSLL"), 90_000, 3, 0);
        using var repayment = await Lending.RepayAsync(loan, 30_000);
        repayment.StatusCode.Should().Be(HttpStatusCode.Created, await repayment.Content.ReadAsStringAsync());
        (await repayment.JsonAsync()).GetProperty("principalPart").GetDecimal().Should().Be(30_000, "a loan at 0 % has no interest");

        var after = await (await supervisor.GetAsync(url)).JsonAsync();
        after.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).Should().Equal(Centre, Market);
        decimal[] added = [150_000, 20_000, 130_000, 90_000, 30_000, 0, 130_000, 60_000];
        Figures(BranchRow(after, Centre)).Zip(Figures(BranchRow(before, Centre)), (a, b) => a - b).Should().Equal(added);
        Figures(BranchRow(after, Market)).Should().Equal(Figures(BranchRow(before, Market)), "nothing happened at Dantokpa");
        var totals = after.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("value").GetDecimal()).ToList();
        totals.Should().Equal(Enumerable.Range(0, 8).Select(i => after.GetProperty("rows").EnumerateArray().Sum(r => Figures(r)[i])), "the total line adds the branches");

        var market = await (await supervisor.GetAsync($"{url}&branchId={await BranchIdAsync("DTK")}")).JsonAsync();
        market.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).Should().Equal(Market);
    }

    [Fact]
    public async Task The_trial_balance_and_the_journal_balance_and_carry_each_posting()
    {
        var today = $"{Lending.Today:yyyy-MM-dd}";
        var accountant = await app.As("accountant");
        var trialUrl = $"/api/v1/reports/trial-balance?from={today}&to={today}&pageSize=100";
        var journalUrl = $"/api/v1/reports/journal?from={today}&to={today}";
        var trialBefore = await (await accountant.GetAsync(trialUrl)).JsonAsync();
        var journalBefore = await (await accountant.GetAsync(journalUrl)).JsonAsync();

        await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RTBJ")), 70_000);

        var trial = await (await accountant.GetAsync(trialUrl)).JsonAsync();
        Total(trial, "Débits").Should().Be(Total(trial, "Crédits"), "every entry balances").And.Be(Total(trialBefore, "Débits") + 70_000);
        Total(trial, "Crédits").Should().Be(Total(trialBefore, "Crédits") + 70_000);
        var accounts = trial.GetProperty("rows").EnumerateArray().ToList();
        accounts.Sum(r => r[3].GetDecimal()).Should().Be(Total(trial, "Débits"));
        accounts.Should().OnlyContain(r => r[5].GetDecimal() - r[2].GetDecimal() == r[3].GetDecimal() - r[4].GetDecimal()
            || r[5].GetDecimal() - r[2].GetDecimal() == r[4].GetDecimal() - r[3].GetDecimal(), "closing = opening + the period's movement on the account's side");
        var earlier = $"{Lending.Today.AddDays(-1):yyyy-MM-dd}";
        var yesterday = await (await accountant.GetAsync($"/api/v1/reports/trial-balance?from={earlier}&to={earlier}&pageSize=100")).JsonAsync();
        foreach (var row in accounts)
        {
            var closedYesterday = yesterday.GetProperty("rows").EnumerateArray().SingleOrDefault(r => r[0].GetString() == row[0].GetString());
            row[2].GetDecimal().Should().Be(closedYesterday.ValueKind == JsonValueKind.Undefined ? 0 : closedYesterday[5].GetDecimal(),
                "a day opens on the balance the day before closed on");
        }

        var journal = await (await accountant.GetAsync(journalUrl)).JsonAsync();
        Total(journal, "Débits").Should().Be(Total(journal, "Crédits")).And.Be(Total(journalBefore, "Débits") + 70_000);
        Total(journal, "Débits").Should().Be(Total(trial, "Débits"), "the journal and the trial balance read the same postings");
        var count = journal.GetProperty("totalCount").GetInt32();
        count.Should().Be(journalBefore.GetProperty("totalCount").GetInt32() + 2, "a deposit posts a debit line and a credit line");
        var last = await (await accountant.GetAsync($"{journalUrl}&page={count - 1}&pageSize=1")).JsonAsync();
        var final = await (await accountant.GetAsync($"{journalUrl}&page={count}&pageSize=1")).JsonAsync();
        var (debitLine, creditLine) = (last.GetProperty("rows")[0], final.GetProperty("rows")[0]);
        debitLine[1].GetInt64().Should().Be(creditLine[1].GetInt64(), "both lines are the deposit's entry");
        debitLine[0].GetString().Should().Be(today);
        debitLine[5].GetDecimal().Should().Be(70_000);
        debitLine[6].ValueKind.Should().Be(JsonValueKind.Null);
        creditLine[6].GetDecimal().Should().Be(70_000);
    }

    [Fact]
    public async Task The_new_reports_are_in_the_catalogue_and_refuse_a_filter_they_do_not_take()
    {
        var supervisor = await app.As("supervisor");
        var accountant = await app.As("accountant");
        var catalogue = await (await accountant.GetAsync("/api/v1/reports")).JsonAsync();
        catalogue.EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should()
            .Contain(["loans-in-progress", "savings-and-loans-totals", "par-by-branch", "par-by-agent", "trial-balance", "journal"]);
        catalogue.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "par-by-branch").GetProperty("columns").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "par30").GetProperty("kind").GetString().Should().Be("Percent");

        var period = await (await supervisor.GetAsync("/api/v1/reports/loans-in-progress?from=2026-01-01")).ShouldBeProblemAsync(400);
        period.GetProperty("errors").GetProperty("from")[0].GetString().Should().Contain("branchId, agentId, productId");
        var branch = await (await accountant.GetAsync($"/api/v1/reports/trial-balance?branchId={Guid.NewGuid()}")).ShouldBeProblemAsync(400);
        branch.GetProperty("errors").GetProperty("branchId")[0].GetString().Should().Contain("from, to");
        await (await accountant.GetAsync("/api/v1/reports/journal?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(400);
        await (await supervisor.GetAsync("/api/v1/reports/par-by-agent?status=Active")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task The_ledger_reports_are_read_by_the_accountant_the_administrator_and_the_auditor_only()
    {
        var accountant = await app.As("accountant");
        using (var exported = await accountant.GetAsync("/api/v1/reports/trial-balance?format=csv"))
            exported.StatusCode.Should().Be(HttpStatusCode.OK, await exported.Content.ReadAsStringAsync());
        var run = (await (await accountant.GetAsync("/api/v1/report-runs?report=trial-balance")).JsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        foreach (var reader in new[] { "accountant", "sfd.admin", "auditor" })
        {
            var client = await app.As(reader);
            var names = (await (await client.GetAsync("/api/v1/reports")).JsonAsync()).EnumerateArray().Select(r => r.GetProperty("name").GetString());
            names.Should().Contain(["trial-balance", "journal"], reader);
            (await client.GetAsync("/api/v1/reports/journal")).StatusCode.Should().Be(HttpStatusCode.OK, reader);
            (await client.GetAsync($"/api/v1/report-runs/{run}/file")).StatusCode.Should().Be(HttpStatusCode.OK, reader);
        }

        var supervisor = await app.As("supervisor");
        var catalogue = (await (await supervisor.GetAsync("/api/v1/reports")).JsonAsync()).EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        catalogue.Should().NotContain(["trial-balance", "journal"]).And.Contain("par-by-branch", "the other reports stay");
        await (await supervisor.GetAsync("/api/v1/reports/trial-balance")).ShouldBeProblemAsync(403);
        await (await supervisor.GetAsync("/api/v1/reports/journal?format=xlsx")).ShouldBeProblemAsync(403);
        await (await supervisor.GetAsync($"/api/v1/report-runs/{run}/file")).ShouldBeProblemAsync(403);
        var history = await (await supervisor.GetAsync("/api/v1/report-runs?pageSize=100")).JsonAsync();
        history.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("report").GetString()).Should().NotContain(["trial-balance", "journal"]);
        await (await (await app.As("agent")).GetAsync("/api/v1/reports/journal")).ShouldBeProblemAsync(403);
    }

    private static decimal Total(JsonElement report, string label) =>
        report.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("label").GetString() == label).GetProperty("value").GetDecimal();

    private static List<decimal> Totals(JsonElement report) =>
        [.. report.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("value").GetDecimal())];

    private static List<string> Cells(JsonElement row) =>
        [.. row.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : c.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static JsonElement BranchRow(JsonElement report, string branch) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r[0].GetString() == branch);

    private static decimal[] Figures(JsonElement row) => [.. row.EnumerateArray().Skip(1).Select(c => c.GetDecimal())];

    private async Task<DateOnly> FirstDueDateAsync(Guid loan) =>
        DateOnly.Parse((await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{loan}/schedule")).JsonAsync())
            .EnumerateArray().First().GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Guid> BranchIdAsync(string code) =>
        (await (await (await app.As("sfd.admin")).GetAsync("/api/v1/branches")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(b => b.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
}
