namespace Microfinance.FunctionalTests;

public sealed class AdministrationTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("GET", "/api/v1/users")]
    [InlineData("POST", "/api/v1/users")]
    [InlineData("GET", "/api/v1/branches")]
    [InlineData("POST", "/api/v1/branches")]
    [InlineData("GET", "/api/v1/institutions")]
    [InlineData("GET", "/api/v1/audit")]
    public async Task Agents_get_403_on_administration(string method, string url)
    {
        var agent = await app.As("agent");
        // A well-formed body: what is refused is the role, not the request.
        object body = url.EndsWith("users", StringComparison.Ordinal)
            ? new { username = "x.agent", displayName = "X", role = "Agent", password = "Xagent#2026" }
            : new { code = "XX", name = "Agence X" };
        using var response = method == "GET" ? await agent.GetAsync(url) : await agent.PostJsonAsync(url, body);
        await response.ShouldBeProblemAsync(403, "forbidden");
    }

    [Fact]
    public async Task Only_a_platform_admin_creates_institutions()
    {
        var admin = await app.As("sfd.admin");
        using var response = await admin.PostJsonAsync("/api/v1/institutions", new
        {
            name = "X",
            code = "XX",
            adminUsername = "x.admin",
            adminDisplayName = "X",
            adminPassword = "Xx#45678",
        });
        await response.ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Branch_lifecycle_create_list_get_update_deactivate()
    {
        var admin = await app.As("sfd.admin");
        using var created = await admin.PostJsonAsync("/api/v1/branches", new { code = "abo", name = "Agence Abomey", address = "Place Goho" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var branch = await created.JsonAsync();
        var id = branch.GetProperty("id").GetGuid();
        branch.GetProperty("code").GetString().Should().Be("ABO");
        created.Headers.Location!.ToString().Should().Be($"/api/v1/branches/{id}");

        await (await admin.PostJsonAsync("/api/v1/branches", new { code = "ABO", name = "Doublon" })).ShouldBeProblemAsync(409, "branch_code_taken");

        var updated = await (await admin.PutJsonAsync($"/api/v1/branches/{id}", new { name = "Agence Abomey Centre", address = (string?)null })).JsonAsync();
        updated.GetProperty("name").GetString().Should().Be("Agence Abomey Centre");

        var found = await (await admin.GetAsync("/api/v1/branches?search=abomey")).JsonAsync();
        found.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).Should().Equal(id);

        (await (await admin.PostJsonAsync($"/api/v1/branches/{id}/deactivate")).JsonAsync()).GetProperty("isActive").GetBoolean().Should().BeFalse();
        await (await admin.PostJsonAsync($"/api/v1/branches/{id}/deactivate")).ShouldBeProblemAsync(422, "branch_already_inactive");
        var inactive = await (await admin.GetAsync("/api/v1/branches?isActive=false")).JsonAsync();
        inactive.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).Should().Contain(id);
    }

    [Fact]
    public async Task User_lifecycle_create_update_assign_deactivate_reactivate()
    {
        var admin = await app.As("sfd.admin");
        var branches = await (await admin.GetAsync("/api/v1/branches?search=dantokpa")).JsonAsync();
        var dantokpa = branches.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var created = await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "c.agossou",
            displayName = "Cyrille Agossou",
            email = "c.agossou@example.org",
            phoneNumber = "+22997112233",
            role = "Agent",
            branchId = dantokpa,
            password = "Agossou#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var user = await created.JsonAsync();
        var id = user.GetProperty("id").GetGuid();
        user.GetProperty("branchName").GetString().Should().Be("Agence Dantokpa");

        await (await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "c.agossou",
            displayName = "Doublon",
            role = "Agent",
            password = "Agossou#2026",
        })).ShouldBeProblemAsync(409, "username_taken");

        var weak = await (await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "weak.pass",
            displayName = "Faible",
            role = "Agent",
            password = "alllowercase",
        })).ShouldBeProblemAsync(400, "validation_failed");
        weak.GetProperty("errors").GetProperty("password").GetArrayLength().Should().BeGreaterThan(0);

        var edited = await (await admin.PutJsonAsync($"/api/v1/users/{id}", new { displayName = "Cyrille A. Agossou", email = (string?)null, phoneNumber = "+22997112234" })).JsonAsync();
        edited.GetProperty("displayName").GetString().Should().Be("Cyrille A. Agossou");

        var assigned = await (await admin.PutJsonAsync($"/api/v1/users/{id}/assignment", new { role = "Supervisor", branchId = (Guid?)null })).JsonAsync();
        assigned.GetProperty("role").GetString().Should().Be("Supervisor");
        assigned.GetProperty("branchId").ValueKind.Should().Be(JsonValueKind.Null);

        var supervisorClient = await app.SignedInAs("c.agossou", "Agossou#2026");
        (await (await supervisorClient.GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("roles")[0].GetString().Should().Be("Supervisor");

        (await (await admin.PostJsonAsync($"/api/v1/users/{id}/deactivate")).JsonAsync()).GetProperty("isActive").GetBoolean().Should().BeFalse();
        (await (await admin.PostJsonAsync($"/api/v1/users/{id}/reactivate")).JsonAsync()).GetProperty("isActive").GetBoolean().Should().BeTrue();

        var filtered = await (await admin.GetAsync("/api/v1/users?role=Supervisor&search=agossou")).JsonAsync();
        filtered.GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_admin_cannot_demote_or_deactivate_themselves()
    {
        var admin = await app.As("sfd.admin");
        var me = await (await admin.GetAsync("/api/v1/auth/me")).JsonAsync();
        var id = me.GetProperty("id").GetGuid();

        await (await admin.PutJsonAsync($"/api/v1/users/{id}/assignment", new { role = "Agent" })).ShouldBeProblemAsync(422, "cannot_change_own_role");
        await (await admin.PostJsonAsync($"/api/v1/users/{id}/deactivate")).ShouldBeProblemAsync(422, "cannot_deactivate_self");
    }

    [Fact]
    public async Task Institutions_are_created_with_their_admin_and_suspension_stops_sign_in()
    {
        var platform = await app.As("platform.admin");
        using var created = await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Mutuelle du Plateau",
            code = "PLATEAU",
            currencyCode = "XOF",
            timeZone = "Africa/Porto-Novo",
            adminUsername = "plateau.admin",
            adminDisplayName = "Admin Plateau",
            adminPassword = "Plateau#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var institution = await created.JsonAsync();
        var id = institution.GetProperty("id").GetGuid();
        institution.GetProperty("status").GetString().Should().Be("Active");

        var me = await (await (await app.SignedInAs("plateau.admin", "Plateau#2026")).GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("institutionId").GetGuid().Should().Be(id);
        me.GetProperty("roles")[0].GetString().Should().Be("SfdAdmin");

        await (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Copie",
            code = "plateau",
            adminUsername = "other.admin",
            adminDisplayName = "Autre",
            adminPassword = "Plateau#2026",
        })).ShouldBeProblemAsync(409, "institution_code_taken");

        (await (await platform.PostJsonAsync($"/api/v1/institutions/{id}/suspend")).JsonAsync()).GetProperty("status").GetString().Should().Be("Suspended");
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "plateau.admin", password = "Plateau#2026" })).ShouldBeProblemAsync(401);
        (await platform.PostJsonAsync($"/api/v1/institutions/{id}/reactivate")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "plateau.admin", password = "Plateau#2026" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var list = await (await platform.GetAsync("/api/v1/institutions?search=plateau")).JsonAsync();
        list.GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_failed_institution_creation_leaves_nothing_behind()
    {
        var platform = await app.As("platform.admin");
        // The admin's password fails the identity policy (no symbol) after the institution row was added.
        using var response = await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Fantôme",
            code = "FANTOME",
            adminUsername = "ghost.admin",
            adminDisplayName = "Fantôme",
            adminPassword = "NoSymbol2026",
        });
        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").GetProperty("adminPassword").GetArrayLength().Should().BeGreaterThan(0);

        (await app.ScalarAsync<long>("SELECT count(*) FROM institutions WHERE code = 'FANTOME'")).Should().Be(0);
        (await app.ScalarAsync<long>("SELECT count(*) FROM users WHERE user_name = 'ghost.admin'")).Should().Be(0);
    }
}
