using Microsoft.AspNetCore.SignalR.Client;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The live push: a committed notification reaches its user's open connections — on either of two instances, through
/// the Redis backplane — and nobody else's; a connection needs a valid access token.
/// </summary>
public sealed class NotificationHubTests(TwoInstancesApp app) : IClassFixture<TwoInstancesApp>
{
    private readonly Banking _banking = new(app);

    private async Task<Guid> AccountWithThresholdAsync(string code)
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync(code, threshold: 50_000));
        await _banking.DepositAsync(account, 500_000);
        return account;
    }

    [Fact]
    public async Task A_supervisor_connected_to_one_instance_is_told_live_of_a_withdrawal_asked_on_the_other()
    {
        var account = await AccountWithThresholdAsync("HUB1");
        await using var supervisor = await NotificationListener.ConnectAsync(app.FirstServer, (await app.LoginAsync("supervisor", TestApp.DemoPassword)).AccessToken);
        await using var agent = await NotificationListener.ConnectAsync(app.FirstServer, (await app.LoginAsync("agent", TestApp.DemoPassword)).AccessToken);

        var onSecond = app.OnSecond((await app.LoginAsync("agent", TestApp.DemoPassword)).AccessToken);
        using var requested = await onSecond.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 70_000, channel = "Cash" });
        requested.StatusCode.Should().Be(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());

        var pushed = await supervisor.NextAsync();
        pushed.GetProperty("kind").GetString().Should().Be("WithdrawalPendingApproval");
        pushed.GetProperty("title").GetString().Should().Be("Retrait à approuver");
        pushed.GetProperty("body").GetString().Should().Contain("70 000 FCFA");
        // What was pushed is the feed's line, read from either instance.
        var feed = await (await (await app.As("supervisor")).GetAsync("/api/v1/notifications?pageSize=5")).JsonAsync();
        feed.GetProperty("items")[0].GetProperty("id").GetGuid().Should().Be(pushed.GetProperty("id").GetGuid());
        (await agent.NothingWithinAsync(500)).Should().BeTrue("the agent who asked is not told");
    }

    [Fact]
    public async Task A_supervisor_connected_to_the_second_instance_is_told_of_a_withdrawal_asked_on_the_first()
    {
        var account = await AccountWithThresholdAsync("HUB2");
        await using var supervisor = await NotificationListener.ConnectAsync(app.SecondServer, (await app.LoginAsync("supervisor", TestApp.DemoPassword)).AccessToken);

        using var requested = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 55_000, channel = "Cash" });
        requested.StatusCode.Should().Be(HttpStatusCode.Accepted);

        (await supervisor.NextAsync()).GetProperty("body").GetString().Should().Contain("55 000 FCFA");
    }

    [Fact]
    public async Task A_connection_without_a_valid_token_is_refused()
    {
        var act = () => NotificationListener.ConnectAsync(app.FirstServer, "not-a-token");
        (await act.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
