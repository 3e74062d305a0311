using System.Text.Json;
using System.Text.Json.Nodes;
using Microfinance.Application.Audit;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests;

/// <summary>The trail as an auditor reads it: actions, entities and people in words, sign-ins out of the way unless asked for.</summary>
public sealed class AuditTrailInWordsTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_page_names_the_action_the_entity_and_the_actor_instead_of_codes_and_ids()
    {
        var client = await _banking.CreateClientAsync("Afiavi", "Tossou");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("AWRD"), client);
        var deposit = await _banking.DepositAsync(account, 150_000);
        var agent = await app.As("agent");
        var clientNumber = (await (await agent.GetAsync($"/api/v1/clients/{client}")).JsonAsync()).GetProperty("number").GetString();
        var accountNumber = (await (await agent.GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString();
        var auditor = await app.As("auditor");

        var registered = Items(await (await auditor.GetAsync($"/api/v1/audit?entityType=Client&entityId={client}")).JsonAsync()).Should().ContainSingle().Subject;
        registered.GetProperty("actionLabel").GetString().Should().Be("Inscription d'un client");
        registered.GetProperty("entityTypeLabel").GetString().Should().Be("Client");
        registered.GetProperty("entityName").GetString().Should().Be($"Afiavi Tossou ({clientNumber})");
        registered.GetProperty("actorName").GetString().Should().Be("Awa Diallo");
        registered.GetProperty("actorUsername").GetString().Should().Be("agent");

        var movements = Items(await (await auditor.GetAsync($"/api/v1/audit?action=Deposit&pageSize=100")).JsonAsync());
        var onAccount = movements.Single(r => r.GetProperty("entityType").GetString() == "DepositAccount" && r.GetProperty("entityId").GetString() == account.ToString());
        onAccount.GetProperty("actionLabel").GetString().Should().Be("Dépôt");
        onAccount.GetProperty("entityTypeLabel").GetString().Should().Be("Compte de dépôt");
        onAccount.GetProperty("entityName").GetString().Should().Be(accountNumber);
        var entry = movements.Single(r => r.GetProperty("entityId").GetString() == deposit.GetProperty("journalEntryId").GetString());
        entry.GetProperty("entityTypeLabel").GetString().Should().Be("Écriture comptable");
        entry.GetProperty("entityName").GetString().Should().Be($"#{deposit.GetProperty("journalEntryNumber").GetInt64()}");
        movements.Single(r => r.GetProperty("entityId").GetString() == deposit.GetProperty("id").GetString())
            .GetProperty("entityName").GetString().Should().Be(accountNumber, "a movement is named by its account");
    }

    [Fact]
    public async Task A_branch_and_a_user_are_named_and_the_words_follow_the_readers_language()
    {
        var admin = await app.As("sfd.admin");
        var branch = (await (await admin.PostJsonAsync("/api/v1/branches", new { code = "WRD", name = "Agence Porto-Novo" })).JsonAsync()).GetProperty("id").GetGuid();
        (await admin.PutJsonAsync($"/api/v1/branches/{branch}", new { name = "Agence Porto-Novo Marché" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var update = Items(await (await admin.GetAsync($"/api/v1/audit?action=UpdateBranch&entityId={branch}")).JsonAsync()).Should().ContainSingle().Subject;
        update.GetProperty("actionLabel").GetString().Should().Be("Modification d'une agence");
        update.GetProperty("entityTypeLabel").GetString().Should().Be("Agence");
        update.GetProperty("entityName").GetString().Should().Be("Agence Porto-Novo Marché", "the record carries the name it gave");
        update.GetProperty("actorName").GetString().Should().Be("Mariam Traoré");

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/audit?action=UpdateBranch&entityId={branch}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = Items(await (await admin.SendAsync(english)).JsonAsync()).Single();
        inEnglish.GetProperty("actionLabel").GetString().Should().Be("Branch update");
        inEnglish.GetProperty("entityTypeLabel").GetString().Should().Be("Branch");

        // Renamed again: each record keeps the name of its time; one that does not carry the name shows today's.
        (await admin.PutJsonAsync($"/api/v1/branches/{branch}", new { name = "Agence Porto-Novo Centre" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var history = Items(await (await admin.GetAsync($"/api/v1/audit?entityType=Branch&entityId={branch}")).JsonAsync());
        history.Select(r => (r.GetProperty("action").GetString(), r.GetProperty("entityName").GetString())).Should()
            .BeEquivalentTo([("CreateBranch", "Agence Porto-Novo"), ("UpdateBranch", "Agence Porto-Novo Marché"), ("UpdateBranch", "Agence Porto-Novo Centre")]);
        var deposit = await _banking.DepositAsync(await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("AWNM")), 5_000);
        var accountNumber = (await (await admin.GetAsync($"/api/v1/accounts/{deposit.GetProperty("accountId").GetGuid()}")).JsonAsync()).GetProperty("number").GetString();
        Items(await (await admin.GetAsync($"/api/v1/audit?action=Deposit&entityType=DepositAccount&entityId={deposit.GetProperty("accountId").GetGuid()}")).JsonAsync())
            .Should().ContainSingle().Which.GetProperty("entityName").GetString().Should().Be(accountNumber, "a balance change does not carry the number: today's");

        var users = Items(await (await admin.GetAsync("/api/v1/audit?entityType=User&action=Login&pageSize=100")).JsonAsync());
        users.Should().Contain(r => r.GetProperty("entityName").GetString() == "Mariam Traoré" && r.GetProperty("entityTypeLabel").GetString() == "Utilisateur");

        var platform = Items(await (await (await app.As("platform.admin")).GetAsync("/api/v1/audit?includeSignIns=true&pageSize=100")).JsonAsync());
        platform.Should().Contain(r => r.GetProperty("actorName").GetString() == "Administrateur Plateforme", "the platform's own trail is in words too");
    }

    [Fact]
    public async Task Sign_ins_and_session_renewals_are_hidden_by_default_and_shown_with_the_filter()
    {
        var tokens = await app.LoginAsync("accountant", TestApp.DemoPassword);
        (await app.Anonymous().PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken })).StatusCode.Should().Be(HttpStatusCode.OK);
        var auditor = await app.As("auditor");

        var byDefault = await (await auditor.GetAsync("/api/v1/audit?pageSize=100")).JsonAsync();
        Items(byDefault).Should().NotBeEmpty().And.OnlyContain(r => !r.GetProperty("isSignIn").GetBoolean())
            .And.NotContain(r => r.GetProperty("action").GetString() == "Login" || r.GetProperty("action").GetString() == "RefreshToken");

        var all = await (await auditor.GetAsync("/api/v1/audit?includeSignIns=true&pageSize=100")).JsonAsync();
        var signIns = Items(all).Where(r => r.GetProperty("isSignIn").GetBoolean()).ToList();
        signIns.Should().Contain(r => r.GetProperty("action").GetString() == "Login" && r.GetProperty("actionLabel").GetString() == "Connexion"
            && r.GetProperty("actorUsername").GetString() == "accountant");
        signIns.Should().Contain(r => r.GetProperty("action").GetString() == "RefreshToken" && r.GetProperty("actionLabel").GetString() == "Renouvellement de session");
        all.GetProperty("totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(byDefault.GetProperty("totalCount").GetInt32() + 2);

        Items(await (await auditor.GetAsync("/api/v1/audit?action=Login&pageSize=100")).JsonAsync())
            .Should().NotBeEmpty("naming a sign-in action shows it without the other filter");
    }

    [Fact]
    public async Task The_catalogue_labels_every_action_for_the_filters_and_the_filters_refuse_what_it_does_not_know()
    {
        var admin = await app.As("sfd.admin");
        (await admin.PostJsonAsync("/api/v1/branches", new { code = "FLT", name = "Agence Abomey" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var catalogue = await (await (await app.As("auditor")).GetAsync("/api/v1/audit/catalogue")).JsonAsync();

        var actions = catalogue.GetProperty("actions").EnumerateArray().ToList();
        actions.Should().Contain(a => a.GetProperty("code").GetString() == "UpdateBranch" && a.GetProperty("label").GetString() == "Modification d'une agence"
            && !a.GetProperty("isSignIn").GetBoolean());
        actions.Should().Contain(a => a.GetProperty("code").GetString() == "LoginFailed" && a.GetProperty("isSignIn").GetBoolean());
        actions.Select(a => a.GetProperty("label").GetString()).Should().BeInAscendingOrder(StringComparer.Create(new System.Globalization.CultureInfo("fr"), true));
        catalogue.GetProperty("entityTypes").EnumerateArray()
            .Should().Contain(t => t.GetProperty("code").GetString() == "DepositAccount" && t.GetProperty("label").GetString() == "Compte de dépôt");

        var created = Items(await (await admin.GetAsync("/api/v1/audit?action=CreateBranch&actor=SFD.ADMIN&pageSize=100")).JsonAsync());
        created.Should().NotBeEmpty().And.OnlyContain(r => r.GetProperty("action").GetString() == "CreateBranch" && r.GetProperty("actorUsername").GetString() == "sfd.admin");
        Items(await (await admin.GetAsync("/api/v1/audit?action=CreateBranch&actor=agent")).JsonAsync()).Should().BeEmpty();

        var action = await (await admin.GetAsync("/api/v1/audit?action=DropTable")).ShouldBeProblemAsync(400);
        action.GetProperty("errors").TryGetProperty("action", out _).Should().BeTrue(action.ToString());
        var type = await (await admin.GetAsync("/api/v1/audit?entityType=Nothing")).ShouldBeProblemAsync(400);
        type.GetProperty("errors").TryGetProperty("entityType", out _).Should().BeTrue(type.ToString());
    }

    [Fact]
    public void Every_entity_type_the_trail_can_record_has_a_label()
    {
        var audited = AuditedEntityTypes().Select(e => e.ClrType.Name).ToList();

        audited.Should().Contain(["Client", "DepositAccount", "JournalEntry", "User"]);
        audited.Where(t => !AuditCatalogue.IsKnownEntityType(t)).Should().BeEmpty("each needs a label in AuditCatalogue");
    }

    /// <summary>
    /// The SPA words a record's fields (frontend/src/config/locales, <c>audit.fields</c>) and its enums' values
    /// (frontend/src/features/audit/audited-enums.json, a label map of the locales per field): every field an audited
    /// entity can record has a French label, and every enum it holds a map that names each of its values.
    /// </summary>
    [Fact]
    public void Every_field_the_trail_can_record_has_a_french_label_and_every_enum_value_its_french_word()
    {
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "frontend/src/config/locales/fr.json")))!;
        var enums = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "frontend/src/features/audit/audited-enums.json")))!.AsObject();
        var labels = french["audit"]!["fields"]!.AsObject();
        var unlabelled = new List<string>();
        var unworded = new List<string>();
        foreach (var entity in AuditedEntityTypes())
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null && !AuditChangeCollector.IgnoredProperties.Contains(p.Name)
                && p.Name is not ("Id" or AppDbContext.TenantColumn)))
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (!labels.ContainsKey(field)) unlabelled.Add($"{entity.ClrType.Name}.{field}");
                if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is not { IsEnum: true } enumType) continue;
                var map = enums[field] switch
                {
                    JsonValue path => path.GetValue<string>(),
                    JsonObject byEntity => byEntity[entity.ClrType.Name]?.GetValue<string>(),
                    _ => null,
                };
                var words = map?.Split('.').Aggregate((JsonNode?)french, (node, key) => node?[key]);
                unworded.AddRange(Enum.GetNames(enumType).Where(value => words?[value]?.GetValue<string>() is not { Length: > 0 } word || word == value)
                    .Select(value => $"{entity.ClrType.Name}.{field} = {value} ({map ?? "no map"})"));
            }

        unlabelled.Should().BeEmpty("each field needs a label in audit.fields");
        unworded.Should().BeEmpty("each enum value needs its French word through audited-enums.json");
    }

    /// <summary>The entity types the trail records: the model's, but those never recorded (tokens, the trail itself) or never written (a view).</summary>
    private IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IEntityType> AuditedEntityTypes()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.GetEntityTypes()
            .Where(e => !typeof(INotAudited).IsAssignableFrom(e.ClrType) && e.ClrType != typeof(Domain.Audit.AuditRecord) && e.FindPrimaryKey() is not null)
            .ToList();
    }
}
