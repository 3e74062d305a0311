using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The assistant offline (docs/anomalies.md "The assistant"): a finding explained in French or English from its
/// figures, a figure missing falling back to a generic sentence, the monthly summary's figures being what was planted,
/// the question box answering with its sources, and what it refuses. The model's path: <c>AssistantModelTests</c>.
/// </summary>
public sealed class AssistantTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    private static string ThisMonth => Lending.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_late_repayment_is_explained_in_french_and_in_english_from_its_figures()
    {
        var lending = new Lending(app, _banking);
        var loan = await lending.ActiveLoanAsync(await lending.CreateProductAsync("AST1"), 300_000, 6, 12, Lending.Today.AddDays(-100));
        var auditor = await app.As("auditor");
        (await auditor.PostJsonAsync("/api/v1/anomalies/detect")).EnsureSuccessStatusCode();
        var finding = await FindingOfAsync(auditor, "late_repayment", loan);
        var id = finding.GetProperty("id").GetGuid();
        var daysLate = finding.GetProperty("figures").GetProperty("daysLate").GetString()!;

        var french = await ExplainAsync(auditor, id, "fr-FR");
        french.GetProperty("source").GetString().Should().Be("template");
        french.GetProperty("language").GetString().Should().Be("fr");
        var text = french.GetProperty("text").GetString()!;
        text.Should().Contain("Retard de remboursement").And.Contain($"{daysLate} jours de retard").And.Contain("Pourquoi c'est important")
            .And.Contain("À vérifier");
        Digits(text).Should().Contain("300000FCFA", "the amount at risk is said with its currency");
        var source = french.GetProperty("sources").EnumerateArray().Single();
        source.GetProperty("name").GetString().Should().Be("anomaly");
        source.GetProperty("figures").GetProperty("daysLate").GetString().Should().Be(daysLate);

        var english = await ExplainAsync(auditor, id, "en");
        english.GetProperty("language").GetString().Should().Be("en");
        english.GetProperty("text").GetString().Should().Contain("Late repayment").And.Contain($"{daysLate} days late").And.Contain("Why it matters")
            .And.Contain("What to check").And.NotContain("Retard");

        (await (await app.As("sfd.admin")).GetAsync($"/api/v1/anomalies/{id}/explanation")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await (await app.As("agent")).GetAsync($"/api/v1/anomalies/{id}/explanation")).ShouldBeProblemAsync(403);
        await (await auditor.GetAsync($"/api/v1/anomalies/{Guid.NewGuid()}/explanation")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_finding_without_the_figures_its_template_expects_is_explained_by_listing_them()
    {
        var id = await PlantFindingAsync(app, "unusual_amount", """{"score": "9.1", "window": "30"}""");

        var answer = await ExplainAsync(await app.As("auditor"), id, "fr");
        var text = answer.GetProperty("text").GetString()!;
        text.Should().Contain("Montant inhabituel").And.Contain("score = 9.1").And.Contain("window = 30").And.Contain("Pourquoi c'est important");

        // A figure the template knows is read in the institution's time zone (Porto-Novo, UTC+1), not as UTC.
        var late = await PlantFindingAsync(app, "off_hours", """{"recordedAt": "2026-11-14T22:30:00Z"}""");
        (await ExplainAsync(await app.As("auditor"), late, "fr")).GetProperty("text").GetString()
            .Should().Contain("saisie le 14/11/2026 à 23:30, heure de l'institution");
    }

    [Fact]
    public async Task The_monthly_summary_counts_what_was_planted_in_the_month()
    {
        var auditor = await app.As("auditor");
        var before = Figures(await SummaryAsync(auditor, ThisMonth, "fr"));

        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("AST2"));
        await _banking.DepositAsync(account, 12_345);
        await _banking.DepositAsync(account, 23_456);
        using (var withdrawal = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/withdrawals", new { amount = 5_000, channel = "Cash" }))
            withdrawal.StatusCode.Should().Be(HttpStatusCode.Created, await withdrawal.Content.ReadAsStringAsync());
        var lending = new Lending(app, _banking);
        var loan = await lending.ActiveLoanAsync(await lending.CreateProductAsync("AST3"), 200_000, 4, 12);
        (await lending.RepayAsync(loan, 7_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        var collecting = new Collecting(app, _banking);
        var participant = await collecting.ParticipantAsync(await collecting.OpenTontineAsync(), 500);
        (await collecting.ContributeAsync(participant, new { days = 3, channel = "Cash" }, Guid.NewGuid().ToString())).StatusCode.Should().Be(HttpStatusCode.Created);
        await PlantFindingAsync(app, "structuring", """{"withdrawals": "4", "windowDays": "7"}""", "High");

        var summary = await SummaryAsync(auditor, ThisMonth, "fr");
        var after = Figures(summary);
        Delta(before, after, "movements", "deposits.count").Should().Be(2);
        Delta(before, after, "movements", "deposits.amount").Should().Be(35_801);
        Delta(before, after, "movements", "withdrawals.count").Should().Be(1);
        Delta(before, after, "movements", "withdrawals.amount").Should().Be(5_000);
        Delta(before, after, "movements", "repayments.count").Should().Be(1);
        Delta(before, after, "movements", "repayments.amount").Should().Be(7_000);
        Delta(before, after, "movements", "disbursements.count").Should().Be(1);
        Delta(before, after, "movements", "disbursements.amount").Should().Be(200_000);
        Delta(before, after, "tontine_contributions", "contributions.count").Should().Be(1);
        Delta(before, after, "tontine_contributions", "contributions.amount").Should().Be(1_500);
        Delta(before, after, "anomalies", "findings.opened").Should().Be(1);
        Delta(before, after, "anomalies", "findings.openedHigh").Should().Be(1);

        // The month in progress: the portfolio is today's, the PAR report's own figures.
        var par = await (await auditor.GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        after[("loan_arrears", ThisMonth)]["portfolio.par30"].Should().Be(par.GetProperty("overall").GetProperty("par30").GetDecimal());
        after[("loan_arrears", ThisMonth)]["portfolio.outstanding"].Should().Be(par.GetProperty("overall").GetProperty("outstandingPrincipal").GetDecimal());

        summary.GetProperty("source").GetString().Should().Be("template");
        var text = summary.GetProperty("text").GetString()!;
        text.Should().StartWith("Activité de").And.Contain("PAR30").And.Contain("Anomalies").And.Contain("Retraits juste sous le seuil d'approbation");
        Digits(text).Should().Contain($"{after[("movements", ThisMonth)]["deposits.count"]}dépôtspour{after[("movements", ThisMonth)]["deposits.amount"]}FCFA");
        var previousMonth = Lending.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        summary.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("month").GetString()).Should().Contain([ThisMonth, previousMonth]);

        var english = await SummaryAsync(auditor, ThisMonth, "en");
        english.GetProperty("text").GetString().Should().StartWith("Activity of").And.Contain("Findings:");
    }

    [Fact]
    public async Task A_question_is_answered_from_the_month_s_figures_with_its_sources()
    {
        var auditor = await app.As("auditor");
        var why = await AskAsync(auditor, new { question = "Pourquoi le PAR30 a-t-il augmenté ce mois-ci ?" });
        why.GetProperty("text").GetString().Should().Contain("PAR30").And.Contain("encours");
        var sources = why.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("month").GetString())).ToList();
        sources.Should().Contain(("loan_arrears", ThisMonth)).And.Contain(("movements", ThisMonth)).And.Contain(("anomalies", ThisMonth));

        var deposits = await AskAsync(auditor, new { question = "Combien de dépôts en janvier 2026 ?" });
        deposits.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("month").GetString()))
            .Should().BeEquivalentTo([("movements", "2026-01"), ("movements", "2025-12")]);
        deposits.GetProperty("text").GetString().Should().Contain("Dépôts").And.Contain("janvier 2026");

        var unknown = await AskAsync(auditor, new { question = "Quelle heure est-il ?", month = "2026-02" });
        unknown.GetProperty("text").GetString().Should().Contain("Je n'ai pas pu relier cette question");
        unknown.GetProperty("sources").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("month").GetString() == "2026-02");
    }

    [Fact]
    public async Task Bad_months_and_questions_are_refused_with_the_field_named()
    {
        var auditor = await app.As("auditor");
        var nextMonth = Lending.Today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var month in new[] { "2026-13", "11/2026", "2026-1", "", nextMonth })
        {
            var problem = await (await auditor.PostJsonAsync("/api/v1/assistant/monthly-summary", new { month })).ShouldBeProblemAsync(400);
            problem.GetProperty("errors").TryGetProperty("month", out _).Should().BeTrue(month);
        }
        await (await auditor.PostJsonAsync("/api/v1/assistant/monthly-summary", new { })).ShouldBeProblemAsync(400);
        await (await auditor.PostJsonAsync("/api/v1/assistant/ask", new { question = "" })).ShouldBeProblemAsync(400);
        var tooLong = await (await auditor.PostJsonAsync("/api/v1/assistant/ask", new { question = new string('a', 501) })).ShouldBeProblemAsync(400);
        tooLong.GetProperty("errors").TryGetProperty("question", out _).Should().BeTrue();
        await (await auditor.PostJsonAsync("/api/v1/assistant/ask", new { question = "Les dépôts ?", month = "2026-1" })).ShouldBeProblemAsync(400);
        var future = await (await auditor.PostJsonAsync("/api/v1/assistant/ask", new { question = $"Les dépôts en {Lending.Today.Year + 1}-01 ?" })).ShouldBeProblemAsync(400);
        future.GetProperty("errors").TryGetProperty("question", out _).Should().BeTrue();

        await (await (await app.As("agent")).PostJsonAsync("/api/v1/assistant/monthly-summary", new { month = ThisMonth })).ShouldBeProblemAsync(403);
        await (await (await app.As("supervisor")).PostJsonAsync("/api/v1/assistant/ask", new { question = "Les dépôts ?" })).ShouldBeProblemAsync(403);
    }

    /// <summary>A finding written directly, as a rule would: for figures no rule of this branch carries.</summary>
    public static async Task<Guid> PlantFindingAsync(TestApp app, string rule, string figuresJson, string severity = "Medium")
    {
        var id = Guid.CreateVersion7();
        await app.ExecuteSqlAsync($"""
            INSERT INTO anomalies (id, institution_id, rule, key, severity, status, magnitude, figures, subjects, occurred_on,
                                   first_detected_at, last_detected_at, detection_count, comments)
            VALUES ('{id}', (SELECT id FROM institutions WHERE code = 'DEMO'), '{rule}', '{id}', '{severity}', 'Open', 1, '{figuresJson}', '[]',
                    current_date, now(), now(), 1, '[]')
            """);
        return id;
    }

    public static async Task<JsonElement> ExplainAsync(HttpClient client, Guid id, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/anomalies/{id}/explanation");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return body;
    }

    public static async Task<JsonElement> SummaryAsync(HttpClient client, string month, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assistant/monthly-summary") { Content = JsonContent.Create(new { month }) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return body;
    }

    public static async Task<JsonElement> AskAsync(HttpClient client, object body)
    {
        using var response = await client.PostJsonAsync("/api/v1/assistant/ask", body);
        var answer = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, answer.ToString());
        return answer;
    }

    /// <summary>The text without its spaces (grouping spaces are narrow no-break spaces in French): "300 000 FCFA" → "300000FCFA".</summary>
    public static string Digits(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0'));

    private static async Task<JsonElement> FindingOfAsync(HttpClient client, string rule, Guid subject)
    {
        var page = await (await client.GetAsync($"/api/v1/anomalies?rule={rule}&pageSize=100")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("subjects").EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == subject));
    }

    /// <summary>Each source's figures, by (name, month).</summary>
    private static Dictionary<(string?, string?), Dictionary<string, decimal>> Figures(JsonElement answer) =>
        answer.GetProperty("sources").EnumerateArray().ToDictionary(s => (s.GetProperty("name").GetString(), s.GetProperty("month").GetString()),
            s => s.GetProperty("figures").EnumerateObject().Where(f => decimal.TryParse(f.Value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                .ToDictionary(f => f.Name, f => decimal.Parse(f.Value.GetString()!, CultureInfo.InvariantCulture)));

    private static decimal Delta(Dictionary<(string?, string?), Dictionary<string, decimal>> before, Dictionary<(string?, string?), Dictionary<string, decimal>> after,
        string source, string figure) => after[(source, ThisMonth)][figure] - before[(source, ThisMonth)][figure];
}
