namespace Microfinance.FunctionalTests.Support;

/// <summary>Business changes that write e-mails into the outbox, through the API as staff would.</summary>
public sealed class Notifying(TestApp app)
{
    public const string SupervisorEmail = "supervisor@demo.microfinance.local";

    private readonly Banking _banking = new(app);

    /// <summary>
    /// The supervisor asks for withdrawals to approve by e-mail too; the agent then asks for one of 400 000 on a new
    /// account of a product <paramref name="productCode"/> (over its threshold): the supervisor's e-mail is in the outbox.
    /// </summary>
    public async Task AskLargeWithdrawalAsync(string productCode)
    {
        var supervisor = await app.As("supervisor");
        using (var chosen = await supervisor.PutJsonAsync("/api/v1/notifications/preferences", new { language = "fr", emailKinds = new[] { "WithdrawalPendingApproval" } }))
            chosen.StatusCode.Should().Be(HttpStatusCode.OK);
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync(productCode, threshold: 100_000));
        await _banking.DepositAsync(account, 500_000);
        using var pending = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 400_000, channel = "Cash" });
        pending.StatusCode.Should().Be(HttpStatusCode.Accepted, await pending.Content.ReadAsStringAsync());
    }
}
