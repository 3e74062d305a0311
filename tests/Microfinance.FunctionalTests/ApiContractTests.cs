using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microfinance.Application.Common.Localization;
using Microfinance.FunctionalTests.Support;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The contract as an integrator meets it: a body or query that cannot be read names the field and what it accepts;
/// required fields are required and unknown ones refused; every message follows Accept-Language (French by default);
/// a locked sign-in says so, for a real username and an unknown one alike.
/// </summary>
public sealed class ApiContractTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Theory]
    [InlineData("""{"amount": 5000, "channel": "Especes"}""", "channel", "Cash, MobileMoney, BankTransfer")]
    [InlineData("""{"amount": 5000, "channel": 2}""", "channel", "Cash, MobileMoney, BankTransfer")]
    [InlineData("""{"amount": "beaucoup", "channel": "Cash"}""", "amount", "50000")]
    [InlineData("""{"amount": 5000, "channel": "Cash", "valueDate": "03/12/2026"}""", "valueDate", "YYYY-MM-DD")]
    [InlineData("""{"amount": 5000}""", "channel", null)]
    [InlineData("""{"channel": "Cash"}""", "amount", null)]
    [InlineData("""{"amount": 5000, "channel": "Cash", "montant": 1}""", "montant", "montant")]
    [InlineData("""{"amount": 5000, "channel": """, "$", null)]
    [InlineData("", "$", null)]
    public async Task A_deposit_that_cannot_be_read_names_the_field_and_moves_nothing(string body, string field, string? hint)
    {
        var account = await AccountAsync();
        using var response = await SendAsync(await app.As("agent"), HttpMethod.Post, $"/api/v1/accounts/{account}/deposits", body, "en");

        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
        messages.Should().NotBeEmpty();
        if (hint is not null) messages.Should().Contain(m => m.Contains(hint), $"the message says what {field} accepts");
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_client_with_an_unknown_document_type_or_without_a_gender_is_refused_by_field()
    {
        var agent = await app.As("agent");
        using var unknownType = await SendAsync(agent, HttpMethod.Post, "/api/v1/clients", ClientJson("\"gender\": \"Male\", \"idDocumentType\": \"NationalId\""), "en");
        var problem = await unknownType.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("idDocumentType", out var typeErrors).Should().BeTrue(problem.ToString());
        typeErrors[0].GetString().Should().Contain("NationalIdCard");

        using var noGender = await SendAsync(agent, HttpMethod.Post, "/api/v1/clients", ClientJson("\"idDocumentType\": \"Passport\""), "en");
        (await noGender.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").TryGetProperty("gender", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("2")]
    public async Task A_query_parameter_of_the_wrong_type_names_the_parameter_and_its_values(string status)
    {
        using var response = await SendAsync(await app.As("agent"), HttpMethod.Get, $"/api/v1/accounts?status={status}", null, "en");

        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").GetProperty("status")[0].GetString().Should().Contain("Requested, Approved, Active, Closed");
    }

    [Fact]
    public async Task Messages_are_french_by_default_and_english_on_request()
    {
        var agent = await app.As("agent");
        var body = ClientJson("\"gender\": \"Female\", \"idDocumentType\": \"Passport\"").Replace("1988-04-12", "2020-01-01");

        using var french = await SendAsync(agent, HttpMethod.Post, "/api/v1/clients", body, language: null);
        using var english = await SendAsync(agent, HttpMethod.Post, "/api/v1/clients", body, "en-GB");

        var fr = await french.ShouldBeProblemAsync(400, "validation_failed");
        var en = await english.ShouldBeProblemAsync(400, "validation_failed");
        en.GetProperty("title").GetString().Should().Be("The request is invalid.");
        en.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString().Should().Be("A client is at least 15 years old.");
        fr.GetProperty("title").GetString().Should().Be(French("The request is invalid.")).And.NotBe("The request is invalid.");
        fr.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString().Should().Be(French("A client is at least {0} years old.", 15))
            .And.NotBe("A client is at least 15 years old.");
    }

    [Fact]
    public async Task The_validators_own_messages_name_the_field_in_the_readers_language()
    {
        var account = await AccountAsync();
        var agent = await app.As("agent");
        const string zero = """{"amount": 0, "channel": "Cash"}""";

        // French first, then English, then French again: the field's name follows each request, not the first one.
        using var fr = await SendAsync(agent, HttpMethod.Post, $"/api/v1/accounts/{account}/deposits", zero, "fr");
        using var en = await SendAsync(agent, HttpMethod.Post, $"/api/v1/accounts/{account}/deposits", zero, "en");
        using var frAgain = await SendAsync(agent, HttpMethod.Post, $"/api/v1/accounts/{account}/deposits", zero, "fr");

        var french = (await fr.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").GetProperty("amount")[0].GetString();
        var english = (await en.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").GetProperty("amount")[0].GetString();
        french.Should().Contain("Montant").And.NotContain("Amount");
        english.Should().Contain("Amount");
        (await frAgain.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").GetProperty("amount")[0].GetString().Should().Be(french);
    }

    [Fact]
    public async Task A_business_rule_speaks_the_readers_language_with_its_numbers()
    {
        var account = await AccountAsync();
        await _banking.DepositAsync(account, 1_000_000);
        var agent = await app.As("agent");
        const string withdrawal = """{"amount": 2500000, "channel": "Cash"}""";

        using var fr = await SendAsync(agent, HttpMethod.Post, $"/api/v1/accounts/{account}/withdrawals", withdrawal, "fr-BJ");
        using var en = await SendAsync(agent, HttpMethod.Post, $"/api/v1/accounts/{account}/withdrawals", withdrawal, "en");

        var french = (await fr.ShouldBeProblemAsync(422, "insufficient_funds")).GetProperty("detail").GetString();
        var english = (await en.ShouldBeProblemAsync(422, "insufficient_funds")).GetProperty("detail").GetString();
        english.Should().Be("The balance (1,000,000) cannot cover 2,500,000 and keep 0 on the account.");
        french.Should().Be(French("The balance ({0}) cannot cover {1} and keep {2} on the account.", 1_000_000m, 2_500_000m, 0m))
            .And.Contain(1_000_000m.ToString("#,0", CultureInfo.GetCultureInfo("fr")));
    }

    [Fact]
    public async Task A_locked_sign_in_says_so_and_for_how_long_whether_the_username_exists_or_not()
    {
        var admin = await app.As("sfd.admin");
        (await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "lock.me", displayName = "Lock Me", role = "Agent", password = "Correct#2026",
            branchId = (await (await admin.GetAsync("/api/v1/branches")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid(),
        })).StatusCode.Should().Be(HttpStatusCode.Created);

        var answers = new Dictionary<string, (int Status, string? Code, string? Detail, bool RetryAfter)>();
        foreach (var username in new[] { "lock.me", "nobody.here" })
        {
            for (var attempt = 0; attempt < 5; attempt++)
                (await SendAsync(app.Anonymous(), HttpMethod.Post, "/api/v1/auth/login", $$"""{"username": "{{username}}", "password": "Wrong#2026"}""", "en"))
                    .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            using var locked = await SendAsync(app.Anonymous(), HttpMethod.Post, "/api/v1/auth/login",
                $$"""{"username": "{{username}}", "password": "Correct#2026"}""", "en");
            var problem = await locked.ShouldBeProblemAsync(429, "sign_in_locked");
            answers[username] = (429, problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString(), locked.Headers.RetryAfter is not null);
            int.Parse(locked.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture).Should().BeInRange(14 * 60, 15 * 60);
        }

        answers["lock.me"].Should().Be(answers["nobody.here"], "the answer must not tell whether a username exists");
        answers["lock.me"].Detail.Should().Be("Too many failed sign-ins with this username. Try again in 15 minute(s).");
    }

    private async Task<Guid> AccountAsync() => await _banking.OpenActiveAccountAsync(await ProductAsync());

    private Task<Guid> ProductAsync() => _banking.CreateProductAsync($"CTR{Random.Shared.Next(100_000, 999_999)}");

    private static string ClientJson(string extra) => $$"""
        {"firstName": "Adjoa", "lastName": "Mensah", "dateOfBirth": "1988-04-12", "phone": "+22997{{Random.Shared.Next(100000, 999999)}}",
         "idDocumentNumber": "PA{{Random.Shared.Next(100000, 999999)}}", {{extra}}}
        """;

    private static string French(string template, params object?[] arguments) => Localizer.Format(template, arguments, CultureInfo.GetCultureInfo("fr"));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json, string? language)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client.SendAsync(request);
    }
}
