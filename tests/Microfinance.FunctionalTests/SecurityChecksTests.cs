using System.Text;
using Microfinance.Api.Infrastructure;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The headers of every answer, the API's and the SPA's, the ceiling on request bodies (docs/security.md, "Headers"), and
/// what the scans found (docs/security.md, "Scans").
/// </summary>
public sealed class SecurityChecksTests(SpaApp app) : IClassFixture<SpaApp>
{
    [Theory]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/")]
    [InlineData("/clients")]
    [InlineData("/swagger/index.html")]
    [InlineData("/health/ready")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        csp.Should().Be(SecurityHeaders.ContentSecurityPolicy);
        Directive(csp, "script-src").Should().Be("'self'", "no inline script may run");
        Directive(csp, "frame-ancestors").Should().Be("'none'");
        Directive(csp, "object-src").Should().Be("'none'");
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "X-Frame-Options").Should().Be("DENY");
        Header(response, "Referrer-Policy").Should().Be("no-referrer");
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS is for Production");
        response.Headers.Contains("Set-Cookie").Should().BeFalse("the API is stateless: bearer tokens, no cookie");
    }

    [Fact]
    public async Task A_problem_from_the_exception_handler_keeps_the_headers()
    {
        using var response = await (await app.As("agent")).GetAsync($"/api/v1/accounts/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(404);
        Header(response, "Content-Security-Policy").Should().Be(SecurityHeaders.ContentSecurityPolicy);
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
    }

    [Fact]
    public async Task The_spa_index_page_has_no_inline_script_for_its_policy_to_block()
    {
        var built = Path.Combine(RepositoryPaths.Root, "frontend", "index.html");
        var html = await File.ReadAllTextAsync(built);

        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Should().BeEmpty("script-src 'self' would block an inline script");
    }

    [Fact]
    public async Task The_spa_image_nginx_sends_the_same_policy()
    {
        var snippet = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "frontend", "security-headers.conf"));

        snippet.Should().Contain($"add_header Content-Security-Policy \"{SecurityHeaders.ContentSecurityPolicy}\" always;");
        snippet.Should().Contain("add_header X-Frame-Options \"DENY\" always;").And.Contain("add_header X-Content-Type-Options \"nosniff\" always;");
        (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "frontend", "Dockerfile"))).Should().Contain("security-headers.conf");
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413()
    {
        var agent = await app.As("agent");
        var body = "{\"firstName\":\"" + new string('a', 1_100_000) + "\"}";
        // Expect: 100-continue, as a careful client sends a large body: the server answers 413 from the Content-Length
        // before the body is sent. Without it the answer races the upload, and a server that stops reading can leave the
        // client with a broken pipe instead of the 413 (seen once on CI).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;

        using var response = await agent.SendAsync(request);

        await response.ShouldBeProblemAsync(413);
    }

    [Theory]
    [InlineData("/api/v1/clients?search=a%00b")]
    [InlineData("/api/v1/accounts?search=%27%00")]
    [InlineData("/api/v1/audit?actor=x%00")]
    public async Task A_nul_character_in_a_search_is_a_400_not_a_500(string url)
    {
        using var response = await (await app.As("sfd.admin")).GetAsync(url);

        await response.ShouldBeProblemAsync(400, "invalid_character");
    }

    [Fact]
    public async Task A_nul_character_in_a_saved_field_is_a_400_not_a_500()
    {
        using var response = await (await app.As("agent")).PostJsonAsync("/api/v1/clients", new
        {
            firstName = "Afi",
            lastName = "Mensah",
            gender = "Female",
            dateOfBirth = "1990-01-01",
            phone = $"+2299{Random.Shared.Next(1_000_000, 9_999_999)}",
            city = "Coto\u0000nou",
            occupation = "Commerçante",
            idDocumentType = "NationalIdCard",
            idDocumentNumber = $"NUL{Guid.NewGuid():N}"[..12],
        });

        await response.ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Production_adds_hsts()
    {
        await using var production = new ApiFactory(await TestDatabase.CreateAsync(), environment: "Production");
        production.StartServer();

        using var response = await production.CreateClient().GetAsync("/health/live");

        Header(response, "Strict-Transport-Security").Should().Be(SecurityHeaders.StrictTransportSecurity);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..];
}
