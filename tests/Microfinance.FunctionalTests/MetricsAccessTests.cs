using System.Net.Http.Headers;

namespace Microfinance.FunctionalTests;

/// <summary>
/// <c>/metrics</c> when the test's own address (loopback) is not an allowed network: only the bearer token opens it, and
/// everyone else sees the 404 of an unknown path (docs/operations.md).
/// </summary>
public sealed class MetricsAccessTests(MetricsAccessTests.Fixture app) : IClassFixture<MetricsAccessTests.Fixture>
{
    public const string Token = "metrics-scrape-token-of-the-tests";

    public sealed class Fixture : TestApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Metrics:AllowedNetworks"] = "192.0.2.0/24, 2001:db8::/32",
            ["Metrics:Token"] = Token,
        };
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-the-token")]
    [InlineData("Basic " + Token)]
    public async Task A_caller_outside_the_allowed_networks_without_the_token_gets_404(string? authorization)
    {
        var client = app.Anonymous();
        if (authorization is not null) client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        using var response = await client.GetAsync("/metrics");

        await response.ShouldBeProblemAsync(404);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("http_server_request_duration");
    }

    [Fact]
    public async Task The_token_opens_it()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var scrape = await Scrape.ReadAsync(client);

        scrape.Names.Should().Contain("http_server_request_duration_seconds_count");
    }

    [Fact]
    public async Task A_staff_token_is_not_the_metrics_token()
    {
        using var response = await (await app.As("sfd.admin")).GetAsync("/metrics");

        await response.ShouldBeProblemAsync(404);
    }
}
