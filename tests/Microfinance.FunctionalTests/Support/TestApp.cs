using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microfinance.Application.IdentityAccess;
using Npgsql;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// One running application on its own database per test class. Hands out HTTP clients signed in as the demo users
/// (password <see cref="DemoPassword"/>) or as any user a test creates.
/// </summary>
public class TestApp : IAsyncLifetime
{
    public const string DemoPassword = "Demo#2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<string, TokenResponse> _tokens = new();
    private ApiFactory? _factory;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The running application's services, for tests that drive one component directly.</summary>
    public IServiceProvider Services => _factory!.Services;

    protected virtual Dictionary<string, string?> Settings => [];

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateAsync();
        _factory = new ApiFactory(ConnectionString, Settings);
        _factory.StartServer();
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }

    public HttpClient Anonymous()
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client carrying a fresh access token of <paramref name="username"/>.</summary>
    public async Task<HttpClient> SignedInAs(string username, string password = DemoPassword)
    {
        var tokens = await LoginAsync(username, password);
        return WithToken(tokens.AccessToken);
    }

    /// <summary>A client for <paramref name="username"/>, reusing one sign-in per user for speed.</summary>
    public async Task<HttpClient> As(string username)
    {
        if (!_tokens.TryGetValue(username, out var tokens))
            tokens = _tokens[username] = await LoginAsync(username, DemoPassword);
        return WithToken(tokens.AccessToken);
    }

    public HttpClient WithToken(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<TokenResponse> LoginAsync(string username, string password)
    {
        using var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Json))!;
    }

    /// <summary>Runs SQL directly against this class's database, as the superuser (bypassing the application).</summary>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}

public static class HttpAssertions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(TestApp.Json))!;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestApp.Json);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { }, TestApp.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, TestApp.Json);

    /// <summary>Asserts an RFC 9457 problem document with the status and stable code, and returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, int status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        if (code is not null) problem.GetProperty("code").GetString().Should().Be(code);
        return problem;
    }
}
