using System.Net.Http.Json;

namespace Microfinance.FunctionalTests.Support;

/// <summary>A phone's offline queue sent to POST /api/v1/sync/operations, as the SPA's sync does.</summary>
public sealed class Syncing(TestApp app)
{
    public const string Url = "/api/v1/sync/operations";

    public static object Deposit(Guid account, decimal amount, DateTimeOffset? recordedAt = null, string? key = null) =>
        Operation("Deposit", account, recordedAt, key, amount: amount);

    public static object Repayment(Guid loan, decimal amount, DateTimeOffset? recordedAt = null, string? key = null) =>
        Operation("LoanRepayment", loan, recordedAt, key, amount: amount);

    public static object Contribution(Guid participant, int days, DateTimeOffset? recordedAt = null, string? key = null) =>
        Operation("TontineContribution", participant, recordedAt, key, days: days);

    public static object Operation(string kind, Guid? target, DateTimeOffset? recordedAt = null, string? key = null, decimal? amount = null,
        int? days = null, object? client = null) => new
    {
        key = key ?? $"op-{Guid.NewGuid():N}",
        kind,
        targetId = target,
        recordedAt = recordedAt ?? DateTimeOffset.UtcNow,
        amount,
        days,
        reference = (string?)null,
        client,
    };

    /// <summary>
    /// Sends the batch as <paramref name="user"/>; with <paramref name="cutAfterCommit"/>, the server processes it all and
    /// the connection drops before any byte of the answer (a request cut mid-flight).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(IEnumerable<object> operations, string user = "agent", string deviceId = "phone-1",
        bool cutAfterCommit = false, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = JsonContent.Create(new { deviceId, operations = operations.ToList() }, options: TestApp.Json),
        };
        if (cutAfterCommit) request.Headers.Add(ApiFactory.CrashAfterCommit.Header, "1");
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await app.As(user)).SendAsync(request);
    }

    /// <summary>The batch's results, asserting the 200 and one result per operation in order.</summary>
    public async Task<List<JsonElement>> ResultsAsync(IReadOnlyList<object> operations, string user = "agent", string deviceId = "phone-1")
    {
        using var response = await SendAsync(operations, user, deviceId);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var results = JsonDocument.Parse(body).RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("key").GetString()).Should().Equal(operations.Select(o => (string)o.GetType().GetProperty("key")!.GetValue(o)!));
        return results;
    }
}
