namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// Two instances of the API on one database, their SignalR joined through a Redis backplane: what runs behind a load
/// balancer. <see cref="TestApp"/>'s clients talk to the first; <see cref="SecondServer"/> is the other.
/// </summary>
public sealed class TwoInstancesApp : TestApp
{
    private ApiFactory? _second;

    // Each instance reloads the deny-list of logged-out tokens every second, so a logout elsewhere shows within the test.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Redis:Connection"] = RedisServer.Connection,
        ["Jwt:DenyListRefreshSeconds"] = "1",
    };

    public Uri FirstServer => Anonymous().BaseAddress!;

    public Uri SecondServer => _second!.CreateClient().BaseAddress!;

    /// <summary>A client of the second instance carrying <paramref name="accessToken"/> (tokens hold on every instance).</summary>
    public HttpClient OnSecond(string accessToken)
    {
        var client = _second!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _second = new ApiFactory(ConnectionString, Settings);
        _second.StartServer();
    }

    public override async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await base.DisposeAsync();
    }
}
