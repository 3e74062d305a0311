using System.Text.Json.Nodes;

namespace Microfinance.FunctionalTests;

public sealed class ApiConventionTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>The SPA's API types are generated from this committed document (make api-types refreshes both).</summary>
    private static readonly string CommittedDocument = Path.Combine(RepositoryPaths.Root, "docs", "api", "openapi.json");

    [Fact]
    public async Task Swagger_document_matches_the_committed_one_the_SPA_types_come_from()
    {
        var live = JsonNode.Parse(await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var pretty = live.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedDocument)!);
            await File.WriteAllTextAsync(CommittedDocument, pretty);
        }

        File.Exists(CommittedDocument).Should().BeTrue("run `make api-types` to generate docs/api/openapi.json");
        (await File.ReadAllTextAsync(CommittedDocument)).Should().Be(pretty,
            "the API changed: run `make api-types` and commit docs/api/openapi.json with the regenerated SPA types");
    }

    [Fact]
    public async Task Swagger_document_declares_the_bearer_scheme_and_every_error_response()
    {
        var doc = JsonNode.Parse(await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        doc["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
        var createUser = doc["paths"]!["/api/v1/users"]!["post"]!;
        createUser["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["201", "400", "401", "403", "409"]);
        createUser["security"]!.AsArray().Should().NotBeEmpty();
        var login = doc["paths"]!["/api/v1/auth/login"]!["post"]!;
        login["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "401", "429"]);
        login["security"].Should().BeNull("signing in needs no token");
        doc["components"]!["schemas"]!["LoginCommand"]!.ToJsonString().Should().Contain("sfd.admin", "requests carry examples");
    }

    [Fact]
    public async Task A_nullable_reference_property_is_documented_as_nullable_and_a_required_one_is_not()
    {
        var schemas = JsonNode.Parse(await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!["components"]!["schemas"]!;

        var nextInstallment = schemas["WorkingLoanDto"]!["properties"]!["nextInstallment"]!;
        nextInstallment["nullable"]!.GetValue<bool>().Should().BeTrue("the API sends null when no installment is left");
        nextInstallment["type"]!.GetValue<string>().Should().Be("object", "OpenAPI 3.0 allows nullable only beside a type");
        nextInstallment["allOf"]![0]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/WorkingInstallmentDto");
        schemas["SyncResultDto"]!["properties"]!["receipt"]!["nullable"]!.GetValue<bool>().Should().BeTrue();
        schemas["WorkingDataDto"]!["properties"]!["institution"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/WorkingInstitutionDto", "a reference that is never null stays a bare $ref");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_body_examples_and_its_error_responses()
    {
        var doc = JsonNode.Parse(await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = doc["components"]?["schemas"]?.AsObject() ?? new JsonObject();
        string[] methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
        var gaps = new List<string>();
        var operations = 0;
        // Its path names what the caller creates on first use (a phone's own id), not something looked up: no 404.
        string[] upsertsByKey = ["PUT /api/v1/sync/devices/{deviceId}"];

        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject().Where(o => methods.Contains(o.Key)))
        {
            operations++;
            var name = $"{method.ToUpperInvariant()} {path}";
            if (string.IsNullOrWhiteSpace(operation!["summary"]?.GetValue<string>()))
                gaps.Add($"{name}: no summary (.WithSummary)");

            var body = operation["requestBody"]?["content"]?.AsObject() ?? new JsonObject();
            foreach (var (mediaType, media) in body)
                if (!HasExample(media!, schemas)) gaps.Add($"{name}: its {mediaType} body has no example (OpenApiExamples)");

            var responses = operation["responses"]!.AsObject();
            var errors = responses.Where(r => r.Key.StartsWith('4')).ToList();
            if (errors.Count == 0) gaps.Add($"{name}: no 4xx response (.ProducesErrors)");
            var hasQuery = operation["parameters"]?.AsArray().Any(p => p!["in"]?.GetValue<string>() == "query") == true;
            if ((body.Count > 0 || hasQuery) && !responses.ContainsKey("400")) gaps.Add($"{name}: takes input but declares no 400");
            if (operation["security"] is JsonArray { Count: > 0 } && !responses.ContainsKey("401")) gaps.Add($"{name}: needs a token but declares no 401");
            if (path.Contains('{') && !responses.ContainsKey("404") && !upsertsByKey.Contains(name)) gaps.Add($"{name}: has an id in its path but declares no 404");
            foreach (var (status, response) in errors)
            {
                var problem = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                if (problem is not ("#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails"))
                    gaps.Add($"{name}: its {status} is not an application/problem+json problem details");
            }
        }

        operations.Should().BeGreaterThan(0);
        gaps.Should().BeEmpty("every operation documents its summary, request examples and error responses");
    }

    private static bool HasExample(JsonNode media, JsonObject schemas)
    {
        if (media["example"] is not null || media["examples"] is JsonObject { Count: > 0 }) return true;
        var schema = media["schema"];
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
            schema = schemas[reference.Split('/')[^1]];
        return schema?["example"] is not null || schema?["examples"] is JsonArray { Count: > 0 };
    }

    [Fact]
    public async Task The_documents_required_fields_are_the_ones_the_api_requires()
    {
        var schemas = JsonNode.Parse(await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!["components"]!["schemas"]!;
        string[] Required(string schema) => schemas[schema]!["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [];

        Required("DepositCommand").Should().BeEquivalentTo("amount", "channel");
        Required("CreateLoanApplicationCommand").Should().Contain(["amount", "purpose"]).And.NotContain("gracePeriods", "it defaults to 0");
        Required("ActivateAccountCommand").Should().BeEmpty("the channel defaults to cash");
        schemas["DepositCommand"]!["additionalProperties"]!.GetValue<bool>().Should().BeFalse("unknown fields are refused");
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        using var response = await app.Anonymous().GetAsync("/swagger/index.html");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger-ui");
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_a_migrated_database()
    {
        var client = app.Anonymous();
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task A_supplied_correlation_id_is_echoed_and_one_is_made_when_absent()
    {
        var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Add("X-Correlation-Id", "field-agent-42");
        using var echoed = await client.SendAsync(request);
        echoed.Headers.GetValues("X-Correlation-Id").Single().Should().Be("field-agent-42");
        (await echoed.JsonAsync()).GetProperty("correlationId").GetString().Should().Be("field-agent-42");

        using var generated = await client.GetAsync("/health/live");
        generated.Headers.GetValues("X-Correlation-Id").Single().Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task Validation_failures_come_back_all_at_once_as_a_field_map()
    {
        var admin = await app.As("sfd.admin");
        using var response = await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "X",
            displayName = "",
            email = "not-an-email",
            phoneNumber = "0612",
            role = "Banker",
            password = "short",
        });

        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("username", "displayName", "email", "phoneNumber", "role", "password");
        errors.GetProperty("phoneNumber")[0].GetString().Should().Contain("E.164");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_crash()
    {
        var admin = await app.As("sfd.admin");
        using var content = new StringContent("{\"code\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync("/api/v1/branches", content);
        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("$", out _).Should().BeTrue("a body that is not JSON is an error of the body itself");
    }

    [Fact]
    public async Task Unknown_api_routes_are_404_problems()
    {
        var admin = await app.As("sfd.admin");
        using var response = await admin.GetAsync("/api/v1/nothing-here");
        await response.ShouldBeProblemAsync(404, "not_found");
    }
}
