using System.Diagnostics;
using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The assistant with a model configured, against a local fake of an OpenAI-compatible API that keeps what it was
/// sent: only the figures leave (no phone number, no ID document number, no name), the model's completion is the
/// answer (<c>source: model</c>), and a failing, nonsensical or slow model leaves the template to answer.
/// </summary>
public sealed class AssistantModelTests(AssistantModelTests.ModelApp app) : IClassFixture<AssistantModelTests.ModelApp>
{
    public sealed class ModelApp : TestApp
    {
        public const string ApiKey = "sk-functional-tests-assistant";

        public FakeChatCompletions Model { get; private set; } = null!;

        protected override Dictionary<string, string?> Settings => new()
        {
            ["Assistant:Endpoint"] = Model.Endpoint,
            ["Assistant:Model"] = "fake-model-1",
            ["Assistant:ApiKey"] = ApiKey,
            ["Assistant:TimeoutSeconds"] = "1",
        };

        public override async Task InitializeAsync()
        {
            Model = await FakeChatCompletions.StartAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Model.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_finding_is_explained_by_the_model_which_receives_its_figures_and_no_phone_id_number_or_name()
    {
        var client = await new Banking(app).CreateClientAsync("Afiavi", "Zinsou", "CI0045871236");
        var phone = (await (await (await app.As("agent")).GetAsync($"/api/v1/clients/{client}")).JsonAsync()).GetProperty("phone").GetString()!;
        // Figures a careless rule could carry: the payer's phone, an ID number, a name, and a phone written in a note.
        var id = await AssistantTests.PlantFindingAsync(app, "unresolved_payment",
            $$"""{"amount": "48750", "daysUnresolved": "6", "payerPhone": "{{phone}}", "idDocumentNumber": "CI0045871236", "clientName": "Afiavi Zinsou", "reason": "Rappeler le {{phone[..4]}} {{phone[4..6]}} {{phone[6..]}} demain"}""");
        await app.ExecuteSqlAsync($"UPDATE anomalies SET client_id = '{client}' WHERE id = '{id}'");
        app.Model.Behaviour = FakeChatCompletions.Mode.Answer;
        app.Model.Completion = "Un paiement de 48 750 FCFA attend depuis 6 jours : vérifiez le relevé du fournisseur.";
        app.Model.Requests.Clear();

        var answer = await AssistantTests.ExplainAsync(await app.As("auditor"), id, "fr");

        answer.GetProperty("source").GetString().Should().Be("model");
        answer.GetProperty("text").GetString().Should().Be(app.Model.Completion);
        app.Model.Requests.Should().ContainSingle();
        var sent = app.Model.Requests.Single();
        sent.Authorization.Should().Be($"Bearer {ModelApp.ApiKey}");
        var body = JsonDocument.Parse(sent.Body).RootElement;
        body.GetProperty("model").GetString().Should().Be("fake-model-1");
        var figures = JsonDocument.Parse(body.GetProperty("messages")[1].GetProperty("content").GetString()!).RootElement.GetProperty("figures");
        figures.GetProperty("figures.amount").GetString().Should().Be("48750");
        figures.GetProperty("figures.daysUnresolved").GetString().Should().Be("6");
        figures.GetProperty("rule").GetString().Should().Be("unresolved_payment");
        var digits = phone.TrimStart('+');
        AssistantTests.Digits(sent.Body).Should().NotContain(digits, "no phone number leaves, however it is written");
        sent.Body.Should().NotContain("CI0045871236").And.NotContain("Afiavi").And.NotContain("Zinsou").And.NotContain(ModelApp.ApiKey);
        body.GetProperty("messages")[0].GetProperty("content").GetString().Should().Contain("French");
    }

    [Fact]
    public async Task The_monthly_summary_and_a_question_send_the_month_s_figures_and_answer_with_the_model()
    {
        var banking = new Banking(app);
        await banking.DepositAsync(await banking.OpenActiveAccountAsync(await banking.CreateProductAsync("ASM1")), 41_000);
        app.Model.Behaviour = FakeChatCompletions.Mode.Answer;
        app.Model.Completion = "Résumé écrit par le modèle.";
        app.Model.Requests.Clear();
        var month = Lending.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var auditor = await app.As("auditor");

        var summary = await AssistantTests.SummaryAsync(auditor, month, "en");
        summary.GetProperty("source").GetString().Should().Be("model");
        summary.GetProperty("text").GetString().Should().Be("Résumé écrit par le modèle.");
        summary.GetProperty("language").GetString().Should().Be("en");
        var deposits = summary.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "movements" && s.GetProperty("month").GetString() == month)
            .GetProperty("figures").GetProperty("deposits.amount").GetString();
        var sent = JsonDocument.Parse(app.Model.Requests.Single().Body).RootElement.GetProperty("messages");
        sent[0].GetProperty("content").GetString().Should().Contain("English");
        JsonDocument.Parse(sent[1].GetProperty("content").GetString()!).RootElement.GetProperty("figures")
            .GetProperty($"{month}.deposits.amount").GetString().Should().Be(deposits);

        app.Model.Requests.Clear();
        var asked = await AssistantTests.AskAsync(auditor, new { question = "Pourquoi le PAR30 a-t-il augmenté ? Appelez le +229 97 11 22 33." });
        asked.GetProperty("source").GetString().Should().Be("model");
        asked.GetProperty("sources").EnumerateArray().Should().NotBeEmpty();
        var question = JsonDocument.Parse(JsonDocument.Parse(app.Model.Requests.Single().Body).RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!)
            .RootElement.GetProperty("question").GetString();
        question.Should().StartWith("Pourquoi le PAR30").And.NotContain("97 11 22 33");
    }

    [Theory]
    [InlineData(FakeChatCompletions.Mode.Fail)]
    [InlineData(FakeChatCompletions.Mode.BadJson)]
    [InlineData(FakeChatCompletions.Mode.Slow)]
    public async Task A_failing_nonsensical_or_slow_model_leaves_the_template_to_answer(FakeChatCompletions.Mode behaviour)
    {
        var id = await AssistantTests.PlantFindingAsync(app, "late_repayment", """{"daysLate": "45", "oldestUnpaidDueDate": "2026-10-20", "amountAtRisk": "150000"}""");
        app.Model.Behaviour = behaviour;
        app.Model.Requests.Clear();
        var clock = Stopwatch.StartNew();

        var answer = await AssistantTests.ExplainAsync(await app.As("auditor"), id, "fr");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4), "the timeout is one second");
        app.Model.Requests.Should().ContainSingle("the model was asked");
        answer.GetProperty("source").GetString().Should().Be("template");
        answer.GetProperty("text").GetString().Should().Contain("45 jours de retard");
    }

    [Theory]
    [InlineData("http://models.example.org/v1", "sk-real-key", "*must be https*")]
    [InlineData("https://models.example.org/v1", "DEVELOPMENT-assistant-key", "*placeholder assistant key*")]
    [InlineData("https://models.example.org/v1", "", "*Assistant__Model*")]
    public async Task Production_refuses_an_endpoint_in_clear_text_a_placeholder_key_or_no_model(string endpoint, string key, string message)
    {
        await using var production = new ApiFactory(await TestDatabase.CreateAsync(), new()
        {
            ["Assistant:Endpoint"] = endpoint,
            ["Assistant:Model"] = message.Contains("Model") ? "" : "m",
            ["Assistant:ApiKey"] = key,
        }, environment: "Production");

        production.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage(message);
    }
}
