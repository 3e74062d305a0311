namespace Microfinance.FunctionalTests;

public sealed class ClientTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    private static object NewClient(string phone, string? idNumber = "CI 555-0001", string firstName = "Koffi", string lastName = "Agbodjan") => new
    {
        firstName,
        lastName,
        gender = "Male",
        dateOfBirth = "1979-09-30",
        phone,
        email = "k.agbodjan@example.org",
        address = "Quartier Zongo",
        city = "Cotonou",
        occupation = "Tailleur",
        idDocumentType = idNumber is null ? null : "NationalIdCard",
        idDocumentNumber = idNumber,
    };

    [Fact]
    public async Task An_agent_registers_a_client_numbered_in_their_branch_and_assigned_to_them()
    {
        var agent = await app.As("agent");
        using var response = await agent.PostJsonAsync("/api/v1/clients", NewClient("+22997000101", "CI 555-0101"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var client = await response.JsonAsync();
        client.GetProperty("number").GetString().Should().MatchRegex("^CL-[0-9]{6}$");
        client.GetProperty("status").GetString().Should().Be("Active", "an ID document on file completes KYC");
        client.GetProperty("branchName").GetString().Should().Be("Agence Cotonou Centre");
        client.GetProperty("assignedAgentName").GetString().Should().Be("Awa Diallo");
        client.GetProperty("idDocumentNumber").GetString().Should().Be("CI 555-0101");
    }

    [Fact]
    public async Task Without_an_id_document_a_client_waits_for_kyc_and_filing_one_completes_it()
    {
        var agent = await app.As("agent");
        var created = await (await agent.PostJsonAsync("/api/v1/clients", NewClient("+22997000102", idNumber: null))).JsonAsync();
        created.GetProperty("status").GetString().Should().Be("PendingKyc");
        var id = created.GetProperty("id").GetGuid();

        var update = new
        {
            firstName = "Koffi",
            lastName = "Agbodjan",
            gender = "Male",
            dateOfBirth = "1979-09-30",
            phone = "+22997000102",
            idDocumentType = "Passport",
            idDocumentNumber = "B1234567",
            branchId = created.GetProperty("branchId").GetGuid(),
            assignedAgentId = created.GetProperty("assignedAgentId").GetGuid(),
        };
        var updated = await (await agent.PutJsonAsync($"/api/v1/clients/{id}", update)).JsonAsync();
        updated.GetProperty("status").GetString().Should().Be("Active");
        updated.GetProperty("idDocumentType").GetString().Should().Be("Passport");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field()
    {
        var agent = await app.As("agent");
        using var response = await agent.PostJsonAsync("/api/v1/clients", new
        {
            firstName = "",
            lastName = "X",
            gender = "Male",
            dateOfBirth = DateTime.UtcNow.AddYears(-5).ToString("yyyy-MM-dd"),
            phone = "97 00 00 00",
            email = "nope",
            idDocumentNumber = "123456",
        });

        var problem = await response.ShouldBeProblemAsync(400, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo("firstName", "dateOfBirth", "phone", "email", "idDocumentType");
    }

    [Fact]
    public async Task Phone_and_id_document_are_unique_in_the_institution_whatever_the_formatting()
    {
        var agent = await app.As("agent");
        (await agent.PostJsonAsync("/api/v1/clients", NewClient("+22997000201", "ab 77-001"))).StatusCode.Should().Be(HttpStatusCode.Created);

        await (await agent.PostJsonAsync("/api/v1/clients", NewClient("+22997000201", "ZZ999"))).ShouldBeProblemAsync(409, "phone_taken");
        await (await agent.PostJsonAsync("/api/v1/clients", NewClient("+22997000202", "AB77001"))).ShouldBeProblemAsync(409, "id_document_taken");
    }

    [Fact]
    public async Task The_id_document_number_is_encrypted_at_rest()
    {
        var id = await _banking.CreateClientAsync(idNumber: "SECRET-4242");

        var stored = await app.ScalarAsync<string>($"SELECT id_document_number FROM clients WHERE id = '{id}'");
        stored.Should().StartWith("v1:").And.NotContain("SECRET").And.NotContain("4242");
        var hash = await app.ScalarAsync<string>($"SELECT id_document_hash FROM clients WHERE id = '{id}'");
        hash.Should().MatchRegex("^[0-9a-f]{64}$");
        var client = await (await (await app.As("supervisor")).GetAsync($"/api/v1/clients/{id}")).JsonAsync();
        client.GetProperty("idDocumentNumber").GetString().Should().Be("SECRET-4242");
    }

    [Fact]
    public async Task Search_finds_by_name_phone_client_number_or_exact_id_document()
    {
        var agent = await app.As("agent");
        var created = await (await agent.PostJsonAsync("/api/v1/clients",
            NewClient("+22997123456", "NIP 9988-7766", firstName: "Rosine", lastName: "Houénou"))).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var number = created.GetProperty("number").GetString();

        foreach (var search in new[] { "rosine", "HOUÉNOU ROSINE", "97123456", number!, "nip99887766" })
        {
            var found = await (await agent.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(search)}")).JsonAsync();
            found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Should().Contain(id, $"searching '{search}'");
        }
        var partialDocument = await (await agent.GetAsync("/api/v1/clients?search=9988")).JsonAsync();
        partialDocument.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Should().NotContain(id,
            "an ID number is matched exactly, through its hash, never by fragments");
    }

    [Fact]
    public async Task Lists_filter_sort_and_paginate()
    {
        for (var i = 0; i < 3; i++) await _banking.CreateClientAsync(firstName: $"Page{i}", lastName: "Zinsou");
        var agent = await app.As("agent");

        var page = await (await agent.GetAsync("/api/v1/clients?search=zinsou&sort=-name&pageSize=2&page=1")).JsonAsync();
        page.GetProperty("totalCount").GetInt32().Should().Be(3);
        page.GetProperty("items").GetArrayLength().Should().Be(2);
        var second = await (await agent.GetAsync("/api/v1/clients?search=zinsou&sort=-name&pageSize=2&page=2")).JsonAsync();
        second.GetProperty("items").GetArrayLength().Should().Be(1);
        var firstNames = page.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(c => c.GetProperty("firstName").GetString()).ToList();
        firstNames.Should().BeEquivalentTo(["Page0", "Page1", "Page2"]);

        var active = await (await agent.GetAsync("/api/v1/clients?search=zinsou&status=Active")).JsonAsync();
        active.GetProperty("totalCount").GetInt32().Should().Be(3);
        await (await agent.GetAsync("/api/v1/clients?sort=shoeSize")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Suspend_reactivate_and_close_follow_the_lifecycle()
    {
        var id = await _banking.CreateClientAsync();
        var supervisor = await app.As("supervisor");

        (await (await supervisor.PostJsonAsync($"/api/v1/clients/{id}/suspend")).JsonAsync()).GetProperty("status").GetString().Should().Be("Suspended");
        await (await supervisor.PostJsonAsync($"/api/v1/clients/{id}/suspend")).ShouldBeProblemAsync(422, "client_status_conflict");
        (await (await supervisor.PostJsonAsync($"/api/v1/clients/{id}/reactivate")).JsonAsync()).GetProperty("status").GetString().Should().Be("Active");
        (await (await supervisor.PostJsonAsync($"/api/v1/clients/{id}/close")).JsonAsync()).GetProperty("status").GetString().Should().Be("Closed");
        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/clients/{id}/suspend")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task A_client_with_an_account_cannot_be_deleted_or_closed_but_one_without_can()
    {
        var product = await _banking.CreateProductAsync("DELTEST");
        var withAccount = await _banking.CreateClientAsync();
        await _banking.OpenActiveAccountAsync(product, withAccount);
        var supervisor = await app.As("supervisor");

        var refused = await (await supervisor.DeleteAsync($"/api/v1/clients/{withAccount}")).ShouldBeProblemAsync(409, "client_has_accounts");
        refused.GetProperty("detail").GetString().Should().Contain("1 compte", "messages are French by default");
        await (await supervisor.PostJsonAsync($"/api/v1/clients/{withAccount}/close")).ShouldBeProblemAsync(409, "client_has_open_accounts");

        var mistake = await _banking.CreateClientAsync();
        (await supervisor.DeleteAsync($"/api/v1/clients/{mistake}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await supervisor.GetAsync($"/api/v1/clients/{mistake}")).ShouldBeProblemAsync(404);
    }
}
