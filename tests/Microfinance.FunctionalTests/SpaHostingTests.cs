using System.IO.Compression;

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
        File.WriteAllText(Path.Combine(root, "sw.js"), "self.addEventListener('fetch', () => {});");
        File.WriteAllText(Path.Combine(root, "manifest.webmanifest"), "{\"name\":\"Microfinance\"}");
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

    [Theory]
    [InlineData("/sw.js", "text/javascript")]
    [InlineData("/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/login", "text/html")]
    public async Task The_service_worker_the_manifest_and_the_index_page_are_revalidated_on_each_load(string path, string type)
    {
        using var response = await app.Anonymous().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(type);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("worker-src 'self'").And.Contain("manifest-src 'self'");
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year()
    {
        using var response = await app.Anonymous().GetAsync("/assets/index-abc123.js");

        response.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
    }

    [Fact]
    public async Task The_spa_files_go_out_gzipped_to_a_browser_that_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-abc123.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await app.Anonymous().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        (await new StreamReader(gzip).ReadToEndAsync()).Should().Be("console.log('spa');");
    }

    [Fact]
    public async Task The_api_answers_are_never_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await (await app.As("sfd.admin")).SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
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
