namespace Microfinance.FunctionalTests;

/// <summary>A second institution tries every way into the demo institution's data.</summary>
public sealed class TenantIsolationTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private HttpClient _adminA = null!;
    private HttpClient _adminB = null!;
    private Guid _userOfA;
    private Guid _branchOfA;
    private Guid _auditRecordOfA;

    public async Task InitializeAsync()
    {
        var platform = await app.As("platform.admin");
        var code = $"B{Guid.NewGuid():N}"[..10];
        using var created = await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Rivale",
            code,
            adminUsername = $"admin.{code.ToLowerInvariant()}",
            adminDisplayName = "Admin B",
            adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        _adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");
        _adminA = await app.As("sfd.admin");

        var usersOfA = await (await _adminA.GetAsync("/api/v1/users?search=agent")).JsonAsync();
        _userOfA = usersOfA.GetProperty("items")[0].GetProperty("id").GetGuid();
        var branchesOfA = await (await _adminA.GetAsync("/api/v1/branches")).JsonAsync();
        _branchOfA = branchesOfA.GetProperty("items")[0].GetProperty("id").GetGuid();
        // A change in A leaves an audit record in A's trail.
        (await _adminA.PutJsonAsync($"/api/v1/users/{_userOfA}", new { displayName = "Awa Diallo", email = "awa@demo.example" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var trailOfA = await (await _adminA.GetAsync("/api/v1/audit?action=UpdateUser")).JsonAsync();
        _auditRecordOfA = trailOfA.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reads_by_id_across_institutions_are_404()
    {
        await (await _adminB.GetAsync($"/api/v1/users/{_userOfA}")).ShouldBeProblemAsync(404, "not_found");
        await (await _adminB.GetAsync($"/api/v1/branches/{_branchOfA}")).ShouldBeProblemAsync(404, "not_found");
        await (await _adminB.GetAsync($"/api/v1/audit/{_auditRecordOfA}")).ShouldBeProblemAsync(404, "not_found");
        // The owner sees them, so the ids are real.
        (await _adminA.GetAsync($"/api/v1/users/{_userOfA}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _adminA.GetAsync($"/api/v1/audit/{_auditRecordOfA}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Writes_across_institutions_are_404_and_change_nothing()
    {
        await (await _adminB.PutJsonAsync($"/api/v1/users/{_userOfA}", new { displayName = "Pirate" })).ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/users/{_userOfA}/deactivate")).ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/users/{_userOfA}/reset-password", new { newPassword = "Pirate#2026" })).ShouldBeProblemAsync(404);
        await (await _adminB.PutJsonAsync($"/api/v1/branches/{_branchOfA}", new { name = "Pirate" })).ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/branches/{_branchOfA}/deactivate")).ShouldBeProblemAsync(404);

        var user = await (await _adminA.GetAsync($"/api/v1/users/{_userOfA}")).JsonAsync();
        user.GetProperty("displayName").GetString().Should().Be("Awa Diallo");
        user.GetProperty("isActive").GetBoolean().Should().BeTrue();
        var branch = await (await _adminA.GetAsync($"/api/v1/branches/{_branchOfA}")).JsonAsync();
        branch.GetProperty("name").GetString().Should().NotBe("Pirate");
        branch.GetProperty("isActive").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Money_never_moves_on_another_institutions_account()
    {
        var banking = new Banking(app);
        var product = await banking.CreateProductAsync("TNTMV");
        var accountOfA = await banking.OpenActiveAccountAsync(product);
        var otherOfA = await banking.OpenActiveAccountAsync(product);
        var deposit = await banking.DepositAsync(accountOfA, 10_000);

        await (await _adminB.PostJsonAsync($"/api/v1/accounts/{accountOfA}/deposits", new { amount = 5_000, channel = "Cash" })).ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/accounts/{accountOfA}/withdrawals", new { amount = 5_000, channel = "Cash" })).ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync("/api/v1/transfers", new { fromAccountId = accountOfA, toAccountId = otherOfA, amount = 5_000 }))
            .ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}/reverse", new { reason = "Pirate" }))
            .ShouldBeProblemAsync(404);
        await (await _adminB.PostJsonAsync($"/api/v1/accounts/{accountOfA}/close")).ShouldBeProblemAsync(404);

        (await banking.BalanceAsync(accountOfA)).Should().Be(10_000);
        (await banking.BalanceAsync(otherOfA)).Should().Be(0);
        var account = await (await _adminA.GetAsync($"/api/v1/accounts/{accountOfA}")).JsonAsync();
        account.GetProperty("status").GetString().Should().Be("Active");
    }

    [Fact]
    public async Task A_user_cannot_be_placed_in_another_institutions_branch()
    {
        using var response = await _adminB.PostJsonAsync("/api/v1/users", new
        {
            username = $"spy{Guid.NewGuid():N}"[..12],
            displayName = "Espion",
            role = "Agent",
            branchId = _branchOfA,
            password = "Spy#20261",
        });
        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").GetProperty("branchId").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Lists_never_show_another_institutions_rows()
    {
        var users = await (await _adminB.GetAsync("/api/v1/users?pageSize=100")).JsonAsync();
        users.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("username").GetString())
            .Should().ContainSingle().Which.Should().StartWith("admin.b");
        (await (await _adminB.GetAsync("/api/v1/branches")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        // Institution B has done nothing but sign in: its sign-ins are its whole trail.
        var trail = await (await _adminB.GetAsync("/api/v1/audit?includeSignIns=true&pageSize=100")).JsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Should().NotContain(_auditRecordOfA);
        trail.GetProperty("items").EnumerateArray().Should().OnlyContain(r => r.GetProperty("institutionId").GetGuid() != Guid.Empty);

        var usersOfA = await (await _adminA.GetAsync("/api/v1/users?pageSize=100")).JsonAsync();
        usersOfA.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("username").GetString())
            .Should().NotContain(n => n!.StartsWith("admin.b"));
    }

    [Fact]
    public async Task Each_institution_verifies_its_own_chain()
    {
        (await (await _adminA.GetAsync("/api/v1/audit/verify")).JsonAsync()).GetProperty("ok").GetBoolean().Should().BeTrue();
        (await (await _adminB.GetAsync("/api/v1/audit/verify")).JsonAsync()).GetProperty("ok").GetBoolean().Should().BeTrue();
    }
}
