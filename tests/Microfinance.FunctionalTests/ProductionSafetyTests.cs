using Microfinance.Infrastructure.Identity;

namespace Microfinance.FunctionalTests;

/// <summary>Development conveniences must not survive into Production.</summary>
public sealed class ProductionSafetyTests
{
    [Fact]
    public async Task Production_refuses_to_start_with_the_development_signing_key()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(),
            new() { ["Jwt:SigningKey"] = JwtOptions.DevelopmentSigningKey }, environment: "Production");

        app.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage("*development JWT signing key*");
    }

    [Fact]
    public async Task Production_refuses_a_short_signing_key()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(), new() { ["Jwt:SigningKey"] = "short" }, environment: "Production");

        app.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage("*at least 32 bytes*");
    }

    [Fact]
    public async Task Production_refuses_to_seed_demo_data()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(), new() { ["Seed:DemoData"] = "true" }, environment: "Production");

        app.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage("*never seeded in Production*");
    }

    [Fact]
    public async Task Production_refuses_the_development_sandbox_webhook_secret()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(),
            new() { ["Payments:Sandbox:WebhookSecret"] = Microfinance.Infrastructure.Payments.SandboxOptions.DevelopmentSecret }, environment: "Production");

        app.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage("*sandbox webhook secret*");
    }

    [Fact]
    public async Task Production_refuses_to_let_users_who_must_use_two_factor_sign_in_without_it()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(), new() { ["TwoFactor:EnforceEnrolment"] = "false" }, environment: "Production");

        app.Invoking(a => a.StartServer()).Should().Throw<InvalidOperationException>().WithMessage("*TwoFactor:EnforceEnrolment=false*");
    }

    [Fact]
    public async Task Production_starts_with_a_real_key_and_no_demo_seeding_nor_sandbox_helpers()
    {
        await using var app = new ApiFactory(await TestDatabase.CreateAsync(), environment: "Production");
        app.StartServer();

        (await app.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        // Not even mapped: 404 before authentication (outside Production the same anonymous call is a 401).
        (await app.CreateClient().PostAsync($"/api/v1/payments/sandbox/{Guid.NewGuid()}/deliver", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
