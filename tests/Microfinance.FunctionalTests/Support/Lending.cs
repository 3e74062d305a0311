namespace Microfinance.FunctionalTests.Support;

/// <summary>Loan situations built through the API, as staff would.</summary>
public sealed class Lending(TestApp app, Banking banking)
{
    /// <summary>Today in the demo institution's calendar (Africa/Porto-Novo), which the API uses for value dates.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Africa/Porto-Novo")));

    public async Task<Guid> CreateProductAsync(string code, decimal maxRate = 24, int minSavingsAgeDays = 0, decimal savingsRatio = 0,
        decimal? guaranteeAbove = null, string penaltyKind = "DailyRateOnOverdue", decimal penaltyValue = 0.1m, string method = "DecliningBalance",
        string amortization = "EqualPrincipal", decimal feePercent = 0, string frequency = "Monthly")
    {
        using var response = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/loan-products", new
        {
            code,
            name = $"Crédit {code}",
            minAmount = 10_000,
            maxAmount = 5_000_000,
            minInstallments = 1,
            maxInstallments = 36,
            frequency,
            interestMethod = method,
            amortization,
            minRatePercent = 0,
            maxRatePercent = maxRate,
            maxGracePeriods = 2,
            processingFeePercent = feePercent,
            penaltyKind,
            penaltyValue,
            guaranteeRequiredAbove = guaranteeAbove,
            minSavingsAgeDays,
            maxAmountToSavingsRatio = savingsRatio,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> ApplyAsync(Guid clientId, Guid productId, decimal amount, int installments, decimal? rate = null,
        string? guarantee = null, string as_ = "agent") =>
        await (await app.As(as_)).PostJsonAsync("/api/v1/loan-applications", new
        {
            clientId,
            productId,
            amount,
            numberOfInstallments = installments,
            annualInterestRatePercent = rate,
            purpose = "Fonds de commerce",
            guarantee,
        });

    /// <summary>Agent applies, submits; supervisor reviews and recommends; the SFD admin approves.</summary>
    public async Task<Guid> ApprovedLoanAsync(Guid productId, decimal amount, int installments, decimal rate, Guid? clientId = null)
    {
        using var applied = await ApplyAsync(clientId ?? await banking.CreateClientAsync(), productId, amount, installments, rate);
        applied.StatusCode.Should().Be(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var id = (await applied.JsonAsync()).GetProperty("id").GetGuid();
        var agent = await app.As("agent");
        var supervisor = await app.As("supervisor");
        (await agent.PostJsonAsync($"/api/v1/loan-applications/{id}/submit")).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/review")).EnsureSuccessStatusCode();
        (await supervisor.PostJsonAsync($"/api/v1/loan-applications/{id}/recommend")).EnsureSuccessStatusCode();
        using var approved = await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/loan-applications/{id}/approve");
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return id;
    }

    public async Task<Guid> ActiveLoanAsync(Guid productId, decimal amount, int installments, decimal rate, DateOnly? disbursed = null)
    {
        var id = await ApprovedLoanAsync(productId, amount, installments, rate);
        using var response = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/loans/{id}/disburse", new
        {
            mode = "Cash",
            date = (disbursed ?? Today).ToString("yyyy-MM-dd"),
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return id;
    }

    public async Task<HttpResponseMessage> RepayAsync(Guid loanId, decimal amount, string? key = null) =>
        await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/loans/{loanId}/repayments",
            new { amount, date = Today.ToString("yyyy-MM-dd"), channel = "Cash" }, key);

    public async Task<JsonElement> LoanAsync(Guid id) => await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{id}")).JsonAsync();
}
