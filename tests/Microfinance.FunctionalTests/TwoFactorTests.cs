using System.Net.Http.Headers;
using Microfinance.Application.IdentityAccess;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Two-factor sign-in (docs/security.md) with users the tests create and enrol themselves: the demo users are not
/// enrolled here (Seed:DemoTwoFactor=false), since the suite signs them in many times within one code's window.
/// </summary>
public sealed class TwoFactorTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Password = "Second#2026";

    [Fact]
    public async Task A_user_enrols_with_a_qr_code_and_then_signs_in_in_two_steps()
    {
        var (username, tokens) = await NewUserAsync();
        var client = app.WithToken(tokens.AccessToken);

        using var started = await client.PostJsonAsync("/api/v1/auth/2fa/enrolment");
        started.StatusCode.Should().Be(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var enrolment = await started.JsonAsync();
        var key = enrolment.GetProperty("manualKey").GetString()!;
        key.Should().MatchRegex("^[A-Z2-7]{32}$");
        enrolment.GetProperty("otpAuthUri").GetString().Should().StartWith("otpauth://totp/").And.Contain($"secret={key}").And.Contain("issuer=Microfinance");
        Convert.FromBase64String(enrolment.GetProperty("qrCodePng").GetString()!)[..8].Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        (await app.ScalarAsync<string>($"SELECT protected_secret FROM user_two_factors t JOIN users u ON u.id = t.user_id WHERE u.user_name = '{username}'"))
            .Should().StartWith("v1:").And.NotContain(key, "the key is stored encrypted");

        await Authenticator.AwayFromStepEndAsync();
        var authenticator = new Authenticator(key);
        using var confirmed = await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code() });
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var confirmation = await confirmed.JsonAsync();
        var recoveryCodes = confirmation.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        recoveryCodes.Should().HaveCount(10).And.OnlyHaveUniqueItems().And.AllSatisfy(c => c.Should().MatchRegex("^[A-Z2-9]{5}-[A-Z2-9]{5}$"));
        confirmation.GetProperty("tokens").ValueKind.Should().Be(JsonValueKind.Null, "a signed-in user already has a session");
        (await app.ScalarAsync<string>($"SELECT array_to_string(recovery_code_hashes, ',') FROM user_two_factors t JOIN users u ON u.id = t.user_id WHERE u.user_name = '{username}'"))
            .Should().NotContain(recoveryCodes[0], "only hashes are stored");
        var me = await (await client.GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("twoFactorEnabled").GetBoolean().Should().BeTrue();
        me.GetProperty("twoFactorRequired").GetBoolean().Should().BeFalse("an agent is not required to");

        var challenge = await PasswordStepAsync(username);
        challenge.GetProperty("twoFactorRequired").GetBoolean().Should().BeTrue();
        challenge.GetProperty("accessToken").ValueKind.Should().Be(JsonValueKind.Null);
        challenge.GetProperty("refreshToken").ValueKind.Should().Be(JsonValueKind.Null);
        // The code of the confirmation was spent: the next one is accepted (one step of tolerance).
        using var signedIn = await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa",
            new { challengeToken = challenge.GetProperty("challengeToken").GetString(), code = authenticator.NextCode() });
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        var session = await signedIn.ReadAsync<TokenResponse>();
        using var meAgain = await app.WithToken(session.AccessToken).GetAsync("/api/v1/auth/me");
        meAgain.StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'LoginTwoFactor' AND actor_username = '" + username + "'")).Should().Be(1);
    }

    [Fact]
    public async Task A_code_is_accepted_once_and_a_wrong_one_is_refused()
    {
        var (username, authenticator, _) = await EnrolledUserAsync();
        var code = authenticator.NextCode();

        using var first = await SecondStepAsync(username, new { code });
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        using var replayed = await SecondStepAsync(username, new { code });
        (await replayed.ShouldBeProblemAsync(401)).GetProperty("detail").GetString().Should().Be("Le code de vérification n'est pas valide.");
        using var wrong = await SecondStepAsync(username, new { code = WrongCode(authenticator) });
        await wrong.ShouldBeProblemAsync(401);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'LoginTwoFactorFailed' AND actor_username = '{username}'")).Should().Be(2);
    }

    [Fact]
    public async Task The_same_code_sent_twice_at_once_signs_in_once()
    {
        var (username, authenticator, _) = await EnrolledUserAsync();
        var code = authenticator.NextCode();
        var challenges = new[] { await PasswordStepAsync(username), await PasswordStepAsync(username) };

        var answers = await Task.WhenAll(challenges.Select(c =>
            app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = c.GetProperty("challengeToken").GetString(), code })));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Unauthorized]);
    }

    [Fact]
    public async Task One_step_of_drift_either_way_is_accepted_two_are_not()
    {
        var (username, tokens) = await NewUserAsync();
        var client = app.WithToken(tokens.AccessToken);
        var key = (await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment")).JsonAsync()).GetProperty("manualKey").GetString()!;
        var authenticator = new Authenticator(key);

        await Authenticator.AwayFromStepEndAsync();
        await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code(-2) })).ShouldBeProblemAsync(422, "two_factor_code_invalid");
        await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code(2) })).ShouldBeProblemAsync(422, "two_factor_code_invalid");
        // A phone 30 s late is accepted...
        await Authenticator.AwayFromStepEndAsync();
        (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code(-1) })).StatusCode.Should().Be(HttpStatusCode.OK);
        // ... and so is one 30 s early; two steps early is not.
        await Authenticator.AwayFromStepEndAsync();
        await (await SecondStepAsync(username, new { code = authenticator.Code(2) })).ShouldBeProblemAsync(401);
        await Authenticator.AwayFromStepEndAsync();
        (await SecondStepAsync(username, new { code = authenticator.Code(1) })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_code_step_with_retry_after()
    {
        var (username, authenticator, _) = await EnrolledUserAsync();
        for (var i = 0; i < 5; i++)
            await (await SecondStepAsync(username, new { code = WrongCode(authenticator) })).ShouldBeProblemAsync(401);

        using var locked = await SecondStepAsync(username, new { code = authenticator.NextCode() });
        var problem = await locked.ShouldBeProblemAsync(429, "two_factor_locked");
        problem.GetProperty("detail").GetString().Should().Contain("15 minute");
        locked.Headers.RetryAfter!.Delta.Should().BeCloseTo(TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(10));
        (await app.ScalarAsync<long>($"SELECT count(*) FROM audit_records WHERE action = 'LoginTwoFactorLocked' AND actor_username = '{username}'")).Should().Be(1);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (username, _, recoveryCodes) = await EnrolledUserAsync();

        // Typed in lower case without its dash, it is still the same code.
        using var first = await SecondStepAsync(username, new { recoveryCode = recoveryCodes[3].Replace("-", "").ToLowerInvariant() });
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        await (await SecondStepAsync(username, new { recoveryCode = recoveryCodes[3] })).ShouldBeProblemAsync(401);
        (await SecondStepAsync(username, new { recoveryCode = recoveryCodes[4] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.ScalarAsync<int>($"SELECT cardinality(recovery_code_hashes) FROM user_two_factors u JOIN users ON users.id = u.user_id WHERE users.user_name = '{username}'"))
            .Should().Be(8);
    }

    [Fact]
    public async Task The_challenge_token_is_not_an_access_token_nor_an_enrolment_token()
    {
        var (username, _, _) = await EnrolledUserAsync();
        var challenge = (await PasswordStepAsync(username)).GetProperty("challengeToken").GetString()!;

        await (await app.WithToken(challenge).GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(401);
        await (await app.WithToken(challenge).GetAsync("/api/v1/clients")).ShouldBeProblemAsync(401);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/2fa/enrolment", new { enrolmentToken = challenge })).ShouldBeProblemAsync(401);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge[..^3] + "abc", code = "123456" })).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task Bad_inputs_are_400_problem_details()
    {
        var (username, tokens) = await NewUserAsync();
        var challenge = (await PasswordStepAsync(username)).GetProperty("challengeToken");
        challenge.ValueKind.Should().Be(JsonValueKind.Null, "a user without two-factor gets tokens at once");
        var client = app.WithToken(tokens.AccessToken);

        (await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = "x", code = "12ab56" })).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("code").EnumerateArray().Single().GetString().Should().Be("Un code de vérification compte 6 chiffres.");
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = "x", code = "123456", recoveryCode = "ABCDE-FGHJK" })).ShouldBeProblemAsync(400);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = "x" })).ShouldBeProblemAsync(400);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { code = "123456" })).ShouldBeProblemAsync(400);
        await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = "" })).ShouldBeProblemAsync(400);
        await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = "123456" })).ShouldBeProblemAsync(422, "two_factor_not_started");
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/2fa/enrolment")).ShouldBeProblemAsync(401);
        var admin = await app.As("sfd.admin");
        await (await admin.PutJsonAsync("/api/v1/two-factor/settings", new { requiredRoles = new[] { "Teller" } })).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task An_sfd_admin_resets_a_users_two_factor_audited_and_not_another_institutions()
    {
        var (username, _, _) = await EnrolledUserAsync();
        var userId = (await app.ScalarAsync<Guid>($"SELECT id FROM users WHERE user_name = '{username}'"));
        var admin = await app.As("sfd.admin");

        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/users/{userId}/2fa/reset")).ShouldBeProblemAsync(403);
        using var reset = await admin.PostJsonAsync($"/api/v1/users/{userId}/2fa/reset");
        reset.StatusCode.Should().Be(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        var record = await (await admin.GetAsync("/api/v1/audit?action=ResetUserTwoFactor")).JsonAsync();
        record.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("sfd.admin");
        record.GetProperty("items")[0].GetProperty("after").GetString().Should().Contain(username);
        (await (await admin.GetAsync($"/api/v1/users/{userId}")).JsonAsync()).GetProperty("twoFactorEnabled").GetBoolean().Should().BeFalse();
        (await PasswordStepAsync(username)).GetProperty("accessToken").GetString().Should().NotBeNullOrEmpty("the password alone signs in again");
        await (await admin.PostJsonAsync($"/api/v1/users/{userId}/2fa/reset")).ShouldBeProblemAsync(422, "two_factor_not_enabled");

        var platform = await app.As("platform.admin");
        var code = $"T{Guid.NewGuid():N}"[..10];
        (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin Voisin", adminPassword = Password,
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var otherAdmin = await app.ScalarAsync<Guid>($"SELECT id FROM users WHERE user_name = 'admin.{code.ToLowerInvariant()}'");
        await (await admin.PostJsonAsync($"/api/v1/users/{otherAdmin}/2fa/reset")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_institution_requires_two_factor_of_more_roles()
    {
        var admin = await app.As("sfd.admin");
        var settings = await (await admin.GetAsync("/api/v1/two-factor/settings")).JsonAsync();
        settings.GetProperty("alwaysRequiredRoles").EnumerateArray().Select(r => r.GetString()).Should().Equal("PlatformAdmin", "SfdAdmin", "Accountant");

        using var updated = await admin.PutJsonAsync("/api/v1/two-factor/settings", new { requiredRoles = new[] { "Auditor", "Accountant" } });
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await updated.JsonAsync()).GetProperty("requiredRoles").EnumerateArray().Select(r => r.GetString()).Should().Equal("Auditor");
        (await (await (await app.SignedInAs("auditor")).GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("twoFactorRequired").GetBoolean().Should().BeTrue();
        (await (await (await app.SignedInAs("agent")).GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("twoFactorRequired").GetBoolean().Should().BeFalse();
        await (await (await app.As("supervisor")).PutJsonAsync("/api/v1/two-factor/settings", new { requiredRoles = Array.Empty<string>() })).ShouldBeProblemAsync(403);
        (await admin.PutJsonAsync("/api/v1/two-factor/settings", new { requiredRoles = Array.Empty<string>() })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string WrongCode(Authenticator authenticator)
    {
        var near = Enumerable.Range(-1, 3).Select(authenticator.Code).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !near.Contains(c));
    }

    /// <summary>A new agent of the demo institution, signed in (no second factor yet).</summary>
    private async Task<(string Username, TokenResponse Tokens)> NewUserAsync()
    {
        var username = $"tfa.{Guid.NewGuid():N}"[..16];
        using var created = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/users",
            new { username, displayName = "Agent 2FA", role = "Agent", password = Password });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (username, await app.LoginAsync(username, Password));
    }

    /// <summary>A new agent enrolled from their profile: the code of the current step is spent by the confirmation.</summary>
    private async Task<(string Username, Authenticator Authenticator, IReadOnlyList<string> RecoveryCodes)> EnrolledUserAsync()
    {
        await Authenticator.AwayFromStepEndAsync();
        var (username, tokens) = await NewUserAsync();
        var client = app.WithToken(tokens.AccessToken);
        var authenticator = new Authenticator((await (await client.PostJsonAsync("/api/v1/auth/2fa/enrolment")).JsonAsync()).GetProperty("manualKey").GetString()!);
        using var confirmed = await client.PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code() });
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var codes = (await confirmed.JsonAsync()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (username, authenticator, codes);
    }

    private async Task<JsonElement> PasswordStepAsync(string username)
    {
        using var response = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username, password = Password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A fresh password step, then its code step with <paramref name="secondFactor"/> (code or recoveryCode).</summary>
    private async Task<HttpResponseMessage> SecondStepAsync(string username, object secondFactor)
    {
        var challenge = (await PasswordStepAsync(username)).GetProperty("challengeToken").GetString()!;
        var body = JsonSerializer.SerializeToElement(secondFactor).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        body["challengeToken"] = challenge;
        return await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", body);
    }
}
