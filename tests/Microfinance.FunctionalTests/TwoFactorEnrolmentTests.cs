using Microfinance.Application.IdentityAccess;
using Microfinance.Infrastructure.Seeding;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Two-factor sign-in as `make run` has it: enrolment enforced, and the demo users whose role requires it enrolled with
/// the development keys of the README.
/// </summary>
public sealed class TwoFactorEnrolmentTests(TwoFactorEnrolmentTests.App app) : IClassFixture<TwoFactorEnrolmentTests.App>
{
    public sealed class App : TestApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Seed:DemoData"] = "true",
            ["Seed:DemoClients"] = "0",
            ["Seed:DemoTwoFactor"] = "true",
            ["TwoFactor:EnforceEnrolment"] = "true",
        };
    }

    [Theory]
    [InlineData("platform.admin")]
    [InlineData("sfd.admin")]
    public async Task The_demo_users_sign_in_with_the_codes_of_their_documented_keys(string username)
    {
        using var password = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username, password = TestApp.DemoPassword });
        var challenge = await password.JsonAsync();
        challenge.GetProperty("twoFactorRequired").GetBoolean().Should().BeTrue();
        challenge.GetProperty("accessToken").ValueKind.Should().Be(JsonValueKind.Null);

        await Authenticator.AwayFromStepEndAsync();
        using var signedIn = await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new
        {
            challengeToken = challenge.GetProperty("challengeToken").GetString(),
            code = new Authenticator(DemoTwoFactor.Keys[username]).Code(),
        });
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        var me = await (await app.WithToken((await signedIn.ReadAsync<TokenResponse>()).AccessToken).GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("twoFactorEnabled").GetBoolean().Should().BeTrue();
        me.GetProperty("twoFactorRequired").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_user_who_must_enrol_is_sent_to_enrolment_and_its_token_opens_nothing_else()
    {
        // The accountant's phone was lost: no enrolment any more, and the role requires one.
        await app.ExecuteSqlAsync("DELETE FROM user_two_factors WHERE user_id = (SELECT id FROM users WHERE user_name = 'accountant')");

        using var password = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "accountant", password = TestApp.DemoPassword });
        var answer = await password.JsonAsync();
        answer.GetProperty("enrolmentRequired").GetBoolean().Should().BeTrue();
        answer.GetProperty("twoFactorRequired").GetBoolean().Should().BeFalse();
        answer.GetProperty("accessToken").ValueKind.Should().Be(JsonValueKind.Null);
        var enrolmentToken = answer.GetProperty("enrolmentToken").GetString()!;

        await (await app.WithToken(enrolmentToken).GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(401);
        await (await app.WithToken(enrolmentToken).GetAsync("/api/v1/gl-accounts")).ShouldBeProblemAsync(401);
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = enrolmentToken, code = "123456" })).ShouldBeProblemAsync(401);

        using var started = await app.Anonymous().PostJsonAsync("/api/v1/auth/2fa/enrolment", new { enrolmentToken });
        started.StatusCode.Should().Be(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var authenticator = new Authenticator((await started.JsonAsync()).GetProperty("manualKey").GetString()!);
        await Authenticator.AwayFromStepEndAsync();
        using var confirmed = await app.Anonymous().PostJsonAsync("/api/v1/auth/2fa/enrolment/confirm", new { code = authenticator.Code(), enrolmentToken });
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var confirmation = await confirmed.JsonAsync();
        confirmation.GetProperty("recoveryCodes").GetArrayLength().Should().Be(10);

        // Enrolling finished the sign-in: the session's tokens came with the recovery codes.
        var accessToken = confirmation.GetProperty("tokens").GetProperty("accessToken").GetString()!;
        var me = await (await app.WithToken(accessToken).GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("username").GetString().Should().Be("accountant");
        me.GetProperty("twoFactorEnabled").GetBoolean().Should().BeTrue();
        await (await app.Anonymous().PostJsonAsync("/api/v1/auth/2fa/enrolment", new { enrolmentToken })).ShouldBeProblemAsync(422, "two_factor_already_enabled");
        (await app.ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'ConfirmTwoFactorEnrolment' AND actor_username = 'accountant'")).Should().Be(1);

        using var next = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "accountant", password = TestApp.DemoPassword });
        (await next.JsonAsync()).GetProperty("twoFactorRequired").GetBoolean().Should().BeTrue();
    }
}
