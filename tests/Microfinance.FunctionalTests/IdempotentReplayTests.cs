using System.Net.Http.Json;
using Microfinance.Api.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Every endpoint that accepts an Idempotency-Key answers a replay with its first answer — status, body and Location —
/// and moves nothing again, also when the API died between commit and answer. The list of endpoints comes from the
/// endpoint metadata: a new idempotent endpoint without a scenario here fails <see cref="Every_idempotent_endpoint_has_a_replay_scenario"/>.
/// </summary>
public sealed class IdempotentReplayTests(IdempotentReplayTests.Fixture app) : IClassFixture<IdempotentReplayTests.Fixture>
{
    public sealed class Fixture : TestApp
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private (Guid Plain, Guid Guarded, Guid Loan)? _products;

        public Banking Banking => new(this);
        public Lending Lending => new(this, Banking);
        public Collecting Collecting => new(this, Banking);

        /// <summary>A plain savings product, one whose withdrawals above 1 000 wait for a supervisor, and a loan product.</summary>
        public async Task<(Guid Plain, Guid Guarded, Guid Loan)> ProductsAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _products ??= (await Banking.CreateProductAsync("RPL"), await Banking.CreateProductAsync("RPG", threshold: 1_000),
                    await Lending.CreateProductAsync("RPLN"));
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    /// <summary>What a scenario sends: who, where, what, and the status its first answer has.</summary>
    private sealed record Call(string User, string Url, object Body, HttpStatusCode Status);

    private static readonly Dictionary<string, Func<Fixture, Task<Call>>> Scenarios = new()
    {
        ["/api/v1/accounts/"] = async app =>
        {
            var (plain, _, _) = await app.ProductsAsync();
            return new Call("agent", "/api/v1/accounts", new { clientId = await app.Banking.CreateClientAsync(), productId = plain }, HttpStatusCode.Created);
        },
        ["/api/v1/accounts/{id:guid}/activate"] = async app =>
        {
            var (plain, _, _) = await app.ProductsAsync();
            using var opened = await (await app.As("agent")).PostJsonAsync("/api/v1/accounts", new { clientId = await app.Banking.CreateClientAsync(), productId = plain });
            var id = (await opened.JsonAsync()).GetProperty("id").GetGuid();
            (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{id}/approve")).EnsureSuccessStatusCode();
            return new Call("agent", $"/api/v1/accounts/{id}/activate", new { channel = "Cash" }, HttpStatusCode.OK);
        },
        ["/api/v1/accounts/{id:guid}/deposits"] = async app =>
            new Call("agent", $"/api/v1/accounts/{await ActiveAccountAsync(app)}/deposits", new { amount = 2_500, channel = "Cash" }, HttpStatusCode.Created),
        ["/api/v1/accounts/{id:guid}/withdrawals"] = async app =>
            new Call("agent", $"/api/v1/accounts/{await ActiveAccountAsync(app, 10_000)}/withdrawals", new { amount = 700, channel = "Cash" }, HttpStatusCode.Created),
        ["/api/v1/transactions/{id:guid}/reverse"] = async app =>
        {
            var deposit = await app.Banking.DepositAsync(await ActiveAccountAsync(app), 3_000);
            return new Call("supervisor", $"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}/reverse", new { reason = "Erreur de saisie" }, HttpStatusCode.OK);
        },
        ["/api/v1/withdrawals/{id:guid}/approve"] = async app =>
        {
            var (_, guarded, _) = await app.ProductsAsync();
            var account = await app.Banking.OpenActiveAccountAsync(guarded);
            await app.Banking.DepositAsync(account, 50_000);
            using var pending = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 5_000, channel = "Cash" });
            pending.StatusCode.Should().Be(HttpStatusCode.Accepted);
            return new Call("supervisor", $"/api/v1/withdrawals/{(await pending.JsonAsync()).GetProperty("id").GetGuid()}/approve", new { }, HttpStatusCode.Created);
        },
        ["/api/v1/transfers"] = async app =>
            new Call("agent", "/api/v1/transfers", new { fromAccountId = await ActiveAccountAsync(app, 10_000), toAccountId = await ActiveAccountAsync(app), amount = 1_200 },
                HttpStatusCode.Created),
        ["/api/v1/loans/{id:guid}/disburse"] = async app =>
        {
            var (_, _, loanProduct) = await app.ProductsAsync();
            var loan = await app.Lending.ApprovedLoanAsync(loanProduct, 100_000, 4, 12);
            return new Call("supervisor", $"/api/v1/loans/{loan}/disburse", new { mode = "Cash", date = Lending.Today.ToString("yyyy-MM-dd") }, HttpStatusCode.OK);
        },
        ["/api/v1/loans/{id:guid}/repayments"] = async app =>
            new Call("agent", $"/api/v1/loans/{await ActiveLoanAsync(app)}/repayments", new { amount = 10_000, date = Lending.Today.ToString("yyyy-MM-dd"), channel = "Cash" },
                HttpStatusCode.Created),
        ["/api/v1/loans/{id:guid}/repayments/{repaymentId:guid}/reverse"] = async app =>
        {
            var loan = await ActiveLoanAsync(app);
            using var repaid = await app.Lending.RepayAsync(loan, 10_000);
            var repayment = (await repaid.JsonAsync()).GetProperty("id").GetGuid();
            return new Call("supervisor", $"/api/v1/loans/{loan}/repayments/{repayment}/reverse", new { reason = "Reçu annulé" }, HttpStatusCode.OK);
        },
        ["/api/v1/payments/"] = async app =>
            new Call("agent", "/api/v1/payments",
                new { purpose = "Deposit", targetId = await ActiveAccountAsync(app), amount = 5_000, payerPhone = Paying.StaysPending, provider = "sandbox" },
                HttpStatusCode.Created),
        ["/api/v1/tontine-adhesions/{id:guid}/pay-fee"] = async app =>
            new Call("agent", $"/api/v1/tontine-adhesions/{await app.Collecting.ValidatedAdhesionAsync(await app.Collecting.OpenTontineAsync())}/pay-fee",
                new { channel = "Cash" }, HttpStatusCode.OK),
        ["/api/v1/tontine-participants/{id:guid}/contributions"] = async app =>
            new Call("agent", $"/api/v1/tontine-participants/{await app.Collecting.ParticipantAsync(await app.Collecting.OpenTontineAsync())}/contributions",
                new { days = 2, channel = "Cash" }, HttpStatusCode.Created),
        ["/api/v1/tontine-participants/{id:guid}/withdrawals"] = async app =>
            new Call("agent", $"/api/v1/tontine-participants/{await TontineSaverAsync(app)}/withdrawals", new { amount = 1_000 }, HttpStatusCode.Created),
        ["/api/v1/tontine-withdrawals/{id:guid}/approve"] = async app =>
            new Call("supervisor", $"/api/v1/tontine-withdrawals/{await app.Collecting.PendingWithdrawalAsync(await TontineSaverAsync(app), 1_000)}/approve",
                new { }, HttpStatusCode.OK),
        ["/api/v1/journal-entries/"] = async app =>
        {
            var books = new Bookkeeping(app);
            return new Call("accountant", "/api/v1/journal-entries", Bookkeeping.Entry(await books.GlAsync("631"), await books.GlAsync("101"), 7_500), HttpStatusCode.Created);
        },
        ["/api/v1/journal-entries/{id:guid}/approve"] = async app =>
            new Call("sfd.admin", $"/api/v1/journal-entries/{await new Bookkeeping(app).PendingEntryAsync()}/approve", new { }, HttpStatusCode.OK),
        ["/api/v1/journal-entries/{id:guid}/reverse"] = async app =>
        {
            using var written = await new Bookkeeping(app).WriteAsync("accountant", "631", "101", 6_000);
            return new Call("accountant", $"/api/v1/journal-entries/{(await written.JsonAsync()).GetProperty("id").GetGuid()}/reverse",
                new { reason = "Pièce en double" }, HttpStatusCode.OK);
        },
        ["/api/v1/cash-drawers/{id:guid}/close"] = async app =>
        {
            object[] counts = [new { denomination = "note-10000", count = 2 }];
            using var opened = await (await app.As("supervisor")).PostJsonAsync("/api/v1/cash-drawers", new { counts });
            opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
            return new Call("supervisor", $"/api/v1/cash-drawers/{(await opened.JsonAsync()).GetProperty("id").GetGuid()}/close", new { counts }, HttpStatusCode.OK);
        },
        ["/api/v1/loans/{id:guid}/write-off"] = async app =>
            new Call("sfd.admin", $"/api/v1/loans/{await ActiveLoanAsync(app)}/write-off", new { reason = "Client introuvable" }, HttpStatusCode.OK),
    };

    /// <summary>A withdrawal above the product's threshold answers 202 with the pending request: replayed as such.</summary>
    private static async Task<Call> WithdrawalWaitingForApprovalAsync(Fixture app)
    {
        var (_, guarded, _) = await app.ProductsAsync();
        var account = await app.Banking.OpenActiveAccountAsync(guarded);
        await app.Banking.DepositAsync(account, 50_000);
        return new Call("agent", $"/api/v1/accounts/{account}/withdrawals", new { amount = 5_000, channel = "Cash" }, HttpStatusCode.Accepted);
    }

    public static TheoryData<string> Cases => new([.. Scenarios.Keys, "withdrawal waiting for approval"]);

    private static Task<Call> ScenarioAsync(string name, Fixture app) =>
        name == "withdrawal waiting for approval" ? WithdrawalWaitingForApprovalAsync(app) : Scenarios[name](app);

    [Fact]
    public void Every_idempotent_endpoint_has_a_replay_scenario()
    {
        var idempotent = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IdempotentEndpointMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .ToList();

        idempotent.Should().HaveCountGreaterThan(5);
        Scenarios.Keys.Should().BeEquivalentTo(idempotent, "each endpoint that takes an Idempotency-Key needs its replay test");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_replay_returns_the_first_answer_and_moves_nothing(string endpoint)
    {
        var call = await ScenarioAsync(endpoint, app);
        var key = $"replay-{Guid.NewGuid():N}";
        var client = await app.As(call.User);
        var journal = await JournalEntriesAsync();

        using var first = await SendAsync(client, call, key);
        var firstBody = await first.Content.ReadAsStringAsync();
        first.StatusCode.Should().Be(call.Status, firstBody);
        first.Headers.Contains(IdempotencyFilter.ReplayedHeader).Should().BeFalse();
        var moved = await JournalEntriesAsync() - journal;

        using var replay = await SendAsync(client, call, key);
        replay.StatusCode.Should().Be(first.StatusCode);
        (await replay.Content.ReadAsStringAsync()).Should().Be(firstBody);
        replay.Headers.Location.Should().Be(first.Headers.Location);
        replay.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Should().Equal("true");
        (await JournalEntriesAsync() - journal).Should().Be(moved, "a replay posts nothing");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task After_a_crash_between_commit_and_answer_the_retry_gets_the_committed_answer(string endpoint)
    {
        var call = await ScenarioAsync(endpoint, app);
        var key = $"crash-{Guid.NewGuid():N}";
        var client = await app.As(call.User);
        var journal = await JournalEntriesAsync();

        var crash = () => SendAsync(client, call, key, crashAfterCommit: true);
        await crash.Should().ThrowAsync<HttpRequestException>("the connection was cut before the answer");
        var moved = await JournalEntriesAsync() - journal;

        using var retry = await SendAsync(client, call, key);
        var retryBody = await retry.Content.ReadAsStringAsync();
        retry.StatusCode.Should().Be(call.Status, retryBody);
        retry.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Should().Equal(["true"], "the work was committed before the crash");
        using var again = await SendAsync(client, call, key);
        (again.StatusCode, await again.Content.ReadAsStringAsync(), again.Headers.Location).Should().Be((retry.StatusCode, retryBody, retry.Headers.Location));
        (await JournalEntriesAsync() - journal).Should().Be(moved, "the retry posts nothing");
    }

    [Fact]
    public async Task A_deposit_cut_off_after_commit_is_on_the_account_once()
    {
        var account = await ActiveAccountAsync(app);
        var before = await app.Banking.BalanceAsync(account);
        var call = new Call("agent", $"/api/v1/accounts/{account}/deposits", new { amount = 4_000, channel = "Cash" }, HttpStatusCode.Created);
        var client = await app.As("agent");

        var crash = () => SendAsync(client, call, "crash-deposit", crashAfterCommit: true);
        await crash.Should().ThrowAsync<HttpRequestException>();
        using var retry = await SendAsync(client, call, "crash-deposit");

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retry.JsonAsync()).GetProperty("balanceAfter").GetDecimal().Should().Be(before + 4_000);
        (await app.Banking.BalanceAsync(account)).Should().Be(before + 4_000);
    }

    private static async Task<Guid> ActiveAccountAsync(Fixture app, decimal balance = 0)
    {
        var (plain, _, _) = await app.ProductsAsync();
        var account = await app.Banking.OpenActiveAccountAsync(plain);
        if (balance > 0) await app.Banking.DepositAsync(account, balance);
        return account;
    }

    /// <summary>A participant with 5 000 saved (11 days at 500, the first the commission).</summary>
    private static async Task<Guid> TontineSaverAsync(Fixture app)
    {
        var participant = await app.Collecting.ParticipantAsync(await app.Collecting.OpenTontineAsync());
        using var collected = await app.Collecting.ContributeAsync(participant, new { days = 11, channel = "Cash" });
        collected.StatusCode.Should().Be(HttpStatusCode.Created);
        return participant;
    }

    private static async Task<Guid> ActiveLoanAsync(Fixture app)
    {
        var (_, _, loanProduct) = await app.ProductsAsync();
        return await app.Lending.ActiveLoanAsync(loanProduct, 100_000, 4, 12);
    }

    private Task<long> JournalEntriesAsync() => app.ScalarAsync<long>("SELECT count(*) FROM journal_entries");

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Call call, string key, bool crashAfterCommit = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, call.Url) { Content = JsonContent.Create(call.Body, options: TestApp.Json) };
        request.Headers.Add(IdempotencyFilter.HeaderName, key);
        if (crashAfterCommit) request.Headers.Add(ApiFactory.CrashAfterCommit.Header, "1");
        return client.SendAsync(request);
    }
}
