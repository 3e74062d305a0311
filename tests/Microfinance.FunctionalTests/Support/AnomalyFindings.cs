namespace Microfinance.FunctionalTests.Support;

/// <summary>Anomaly detection as an auditor runs it: detect on demand, then read the findings a client's situation raised.</summary>
public sealed class AnomalyFindings(TestApp app)
{
    public async Task<JsonElement> DetectAsync()
    {
        using var response = await (await app.As("auditor")).PostJsonAsync("/api/v1/anomalies/detect");
        var body = await response.JsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        return body;
    }

    /// <summary>Every finding of <paramref name="rule"/> about <paramref name="clientId"/> (each planted case has its own client).</summary>
    public async Task<List<JsonElement>> OfClientAsync(string rule, Guid clientId)
    {
        using var response = await (await app.As("auditor")).GetAsync($"/api/v1/anomalies?rule={rule}&clientId={clientId}&pageSize=100");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    /// <summary>Every finding of <paramref name="rule"/> (its first hundred).</summary>
    public async Task<List<JsonElement>> OfRuleAsync(string rule)
    {
        using var response = await (await app.As("auditor")).GetAsync($"/api/v1/anomalies?rule={rule}&pageSize=100");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    /// <summary>The finding of <paramref name="rule"/> that names <paramref name="subject"/>, if any.</summary>
    public async Task<JsonElement?> AboutAsync(string rule, Guid subject) =>
        Concerning(await OfRuleAsync(rule), subject).Select(f => (JsonElement?)f).SingleOrDefault();

    /// <summary>The findings among <paramref name="findings"/> that name <paramref name="subject"/>.</summary>
    public static IEnumerable<JsonElement> Concerning(IEnumerable<JsonElement> findings, Guid subject) =>
        findings.Where(f => f.GetProperty("subjects").EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == subject));

    /// <summary>The one finding that names <paramref name="subject"/> among <paramref name="findings"/>.</summary>
    public static JsonElement About(IEnumerable<JsonElement> findings, Guid subject) =>
        findings.Should().ContainSingle(f => f.GetProperty("subjects").EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == subject)).Subject;

    public static string Figure(JsonElement finding, string name) => finding.GetProperty("figures").GetProperty(name).GetString()!;
}
