namespace Microfinance.FunctionalTests;

/// <summary>An application serving a (tiny) built SPA, as `make run` does with frontend/dist.</summary>
public sealed class SpaApp : TestApp
{
    public static readonly string Root = CreateSpa();

    protected override Dictionary<string, string?> Settings => new() { ["Spa:RootPath"] = Root };

    private static string CreateSpa()
    {
        var root = Path.Combine(Path.GetTempPath(), $"mf-spa-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><title>Microfinance</title><div id=\"root\"></div>");
        File.WriteAllText(Path.Combine(root, "assets", "index-abc123.js"), "console.log('spa');");
        return root;
    }
}

public sealed class SpaHostingTests(SpaApp app) : IClassFixture<SpaApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/login")]
    public async Task Client_routes_get_the_index_page(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<div id=\"root\">");
    }

    [Fact]
    public async Task Assets_are_served_as_themselves()
    {
        using var response = await app.Anonymous().GetAsync("/assets/index-abc123.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await response.Content.ReadAsStringAsync()).Should().Contain("console.log");
    }

    [Fact]
    public async Task A_missing_asset_is_404_not_the_index_page()
    {
        using var response = await app.Anonymous().GetAsync("/assets/missing.js");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_api_routes_stay_problem_documents()
    {
        using var response = await (await app.As("sfd.admin")).GetAsync("/api/v1/no-such-thing");
        await response.ShouldBeProblemAsync(404);
    }
}
