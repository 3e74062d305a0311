namespace Microfinance.FunctionalTests.Support;

/// <summary>Builds the tontine situations tests start from, through the API only, as staff would.</summary>
public sealed class Collecting(TestApp app, Banking banking)
{
    /// <summary>An open tontine of the demo institution (daily amount 200 to 5 000), created by the SfdAdmin.</summary>
    public async Task<Guid> OpenTontineAsync(decimal fee = 1_000, int cycleLengthDays = 31)
    {
        var admin = await app.As("sfd.admin");
        using var created = await admin.PostJsonAsync("/api/v1/tontines", new
        {
            name = "Tontine du marché",
            code = $"T{Guid.NewGuid():N}"[..10],
            minDailyAmount = 200,
            maxDailyAmount = 5_000,
            adhesionFee = fee,
            cycleLengthDays,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        using var opened = await admin.PostJsonAsync($"/api/v1/tontines/{id}/open");
        opened.StatusCode.Should().Be(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>A new client's adhesion, requested and validated by the agent: its fee is due.</summary>
    public async Task<Guid> ValidatedAdhesionAsync(Guid tontine, decimal dailyAmount = 500)
    {
        var agent = await app.As("agent");
        using var requested = await agent.PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions", new { clientId = await banking.CreateClientAsync(), dailyAmount });
        requested.StatusCode.Should().Be(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var id = (await requested.JsonAsync()).GetProperty("id").GetGuid();
        using var validated = await agent.PostJsonAsync($"/api/v1/tontine-adhesions/{id}/validate");
        validated.StatusCode.Should().Be(HttpStatusCode.OK, await validated.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>An active participant: adhesion validated and its fee paid in cash.</summary>
    public async Task<Guid> ParticipantAsync(Guid tontine, decimal dailyAmount = 500)
    {
        var adhesion = await ValidatedAdhesionAsync(tontine, dailyAmount);
        using var paid = await (await app.As("agent")).PostJsonAsync($"/api/v1/tontine-adhesions/{adhesion}/pay-fee", new { channel = "Cash" });
        paid.StatusCode.Should().Be(HttpStatusCode.OK, await paid.Content.ReadAsStringAsync());
        return (await paid.JsonAsync()).GetProperty("participantId").GetGuid();
    }

    public async Task<HttpResponseMessage> ContributeAsync(Guid participant, object body, string? key = null, string user = "agent") =>
        await Banking.SendMoneyAsync(await app.As(user), $"/api/v1/tontine-participants/{participant}/contributions", body, key);

    /// <summary>A withdrawal the agent asked for, waiting for someone else's decision.</summary>
    public async Task<Guid> PendingWithdrawalAsync(Guid participant, decimal amount)
    {
        using var asked = await (await app.As("agent")).PostJsonAsync($"/api/v1/tontine-participants/{participant}/withdrawals", new { amount });
        asked.StatusCode.Should().Be(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        return (await asked.JsonAsync()).GetProperty("id").GetGuid();
    }
}
