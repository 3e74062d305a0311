namespace Microfinance.FunctionalTests;

/// <summary>With <c>Metrics:Enabled=false</c> nothing is measured and <c>/metrics</c> is an unknown path, even from loopback.</summary>
public sealed class MetricsDisabledTests(MetricsDisabledTests.Fixture app) : IClassFixture<MetricsDisabledTests.Fixture>
{
    public sealed class Fixture : TestApp
    {
        protected override Dictionary<string, string?> Settings => new() { ["Metrics:Enabled"] = "false" };
    }

    [Fact]
    public async Task Metrics_is_an_unknown_path_and_readiness_still_counts_the_outbox()
    {
        await (await app.Anonymous().GetAsync("/metrics")).ShouldBeProblemAsync(404);
        (await (await app.Anonymous().GetAsync("/health/ready")).Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
