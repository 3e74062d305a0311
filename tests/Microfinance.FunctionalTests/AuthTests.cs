using Microfinance.Application.IdentityAccess;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Microfinance.FunctionalTests;

public sealed class AuthTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Login_returns_a_bearer_pair_whose_access_token_describes_the_user()
    {
        using var response = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "sfd.admin", password = TestApp.DemoPassword });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var tokens = await response.ReadAsync<TokenResponse>();
        tokens.TokenType.Should().Be("Bearer");
        tokens.ExpiresIn.Should().Be(15 * 60);
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(tokens.AccessToken);
        jwt.Alg.Should().Be("HS256");
        jwt.Claims.Single(c => c.Type == "role").Value.Should().Be("SfdAdmin");
        jwt.ValidTo.Should().BeCloseTo(DateTime.UtcNow.AddMinutes(15), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Me_describes_the_signed_in_user_and_their_institution()
    {
        var me = await (await (await app.As("agent")).GetAsync("/api/v1/auth/me")).JsonAsync();

        me.GetProperty("username").GetString().Should().Be("agent");
        me.GetProperty("displayName").GetString().Should().Be("Awa Diallo");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("Agent");
        me.GetProperty("institutionName").GetString().Should().Be("SFD Démo");
        me.GetProperty("currency").GetString().Should().Be("XOF");
        me.GetProperty("branchName").GetString().Should().Be("Agence Cotonou Centre");
        me.GetProperty("institutionId").GetGuid().Should().NotBeEmpty();
        me.GetProperty("branchId").GetGuid().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401_problem()
    {
        using var wrongPassword = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "supervisor", password = "Wrong#2026" });
        using var unknownUser = await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "nobody.here", password = "Wrong#2026" });

        var first = await wrongPassword.ShouldBeProblemAsync(401, "unauthorized");
        var second = await unknownUser.ShouldBeProblemAsync(401, "unauthorized");
        first.GetProperty("detail").GetString().Should().Be(second.GetProperty("detail").GetString());
        first.GetProperty("title").GetString().Should().Be(second.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Requests_without_or_with_a_tampered_token_get_401_problem_details()
    {
        using var missing = await app.Anonymous().GetAsync("/api/v1/auth/me");
        await missing.ShouldBeProblemAsync(401);

        var token = (await app.LoginAsync("auditor", TestApp.DemoPassword)).AccessToken;
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var forged = await app.WithToken(tampered).GetAsync("/api/v1/auth/me");
        await forged.ShouldBeProblemAsync(401);
    }
}
