namespace Microfinance.FunctionalTests.Support;

/// <summary>The accountant's side in tests: GL accounts by code and manual entries.</summary>
public sealed class Bookkeeping(TestApp app)
{
    /// <summary>The demo institution's GL account with this code.</summary>
    public Task<Guid> GlAsync(string code) => app.ScalarAsync<Guid>(
        $"SELECT g.id FROM gl_accounts g JOIN institutions i ON i.id = g.institution_id WHERE g.code = '{code}' AND i.code = 'DEMO'");

    /// <summary>An entry debiting <paramref name="debit"/> and crediting <paramref name="credit"/> (GL codes) by <paramref name="amount"/>.</summary>
    public async Task<HttpResponseMessage> WriteAsync(string user, string debit, string credit, decimal amount, DateOnly? valueDate = null, string reference = "PC-001") =>
        await (await app.As(user)).PostJsonAsync("/api/v1/journal-entries", Entry(await GlAsync(debit), await GlAsync(credit), amount, valueDate, reference));

    public static object Entry(Guid debit, Guid credit, decimal amount, DateOnly? valueDate = null, string reference = "PC-001") => new
    {
        valueDate = (valueDate ?? Lending.Today).ToString("yyyy-MM-dd"),
        description = "Frais bancaires du mois",
        reference,
        lines = new object[] { new { glAccountId = debit, debit = amount }, new { glAccountId = credit, credit = amount } },
    };

    /// <summary>An entry above the default approval threshold (1 000 000), written by the accountant: its id.</summary>
    public async Task<Guid> PendingEntryAsync(decimal amount = 2_500_000)
    {
        using var response = await WriteAsync("accountant", "631", "101", amount);
        var entry = await response.JsonAsync();
        entry.GetProperty("status").GetString().Should().Be("PendingApproval");
        return entry.GetProperty("id").GetGuid();
    }
}
