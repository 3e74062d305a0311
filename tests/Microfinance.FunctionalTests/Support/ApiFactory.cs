using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests.Support;

/// <summary>The real application on Kestrel (a real socket on 127.0.0.1), pointed at a test database.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string SigningKey = "functional-tests-signing-key-0123456789-abcdefghijklmnop";
    public const string WebhookSecret = "functional-tests-sandbox-webhook-secret";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public ApiFactory(string connectionString, Dictionary<string, string?>? overrides = null, string environment = "Testing")
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = connectionString,
            ["Jwt:SigningKey"] = SigningKey,
            ["DataProtection:IdDocumentKey"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("functional-tests-id-doc-key-0123")),
            ["Database:MigrateOnStartup"] = "false",
            ["Seed:DemoData"] = "false",
            ["Seed:DemoClients"] = "0",
            // Tests run the jobs themselves (a test that wants the scheduler turns it on, with the jobs it needs).
            ["Jobs:Scheduler:Enabled"] = "false",
            // Tests run end of day themselves, on the dates they choose.
            ["Jobs:EndOfDay:Enabled"] = "false",
            ["Jobs:SavingsInterest:Enabled"] = "false",
            ["Jobs:Reminders:Enabled"] = "false",
            // Tests detect anomalies themselves (POST /api/v1/anomalies/detect).
            ["Jobs:AnomalyDetection:Enabled"] = "false",
            // Tests reconcile payments themselves (PaymentReconciliationJob.RunAsync).
            ["Jobs:PaymentReconciliation:Enabled"] = "false",
            // Tests deliver the outbox themselves (OutboxDelivery.DeliverDueAsync).
            ["Notifications:Outbox:Enabled"] = "false",
            ["Payments:Sandbox:WebhookSecret"] = WebhookSecret,
            ["Payments:Sandbox:DelayMilliseconds"] = "100",
            ["Payments:Sandbox:PollMilliseconds"] = "100",
            // Only a payment a test starts wakes the sandbox: a test class without payments sees no background query.
            ["Payments:Sandbox:IdlePollSeconds"] = "3600",
            ["Payments:Sandbox:RetryBaseMilliseconds"] = "200",
            // The suite signs the demo users in many times within one code's 30 s, and a code is accepted once: they are
            // not enrolled in two-factor sign-in here, nor sent to enrolment (Production refuses that, and needs no demo
            // user); TwoFactorTests enrol users of their own.
            ["Seed:DemoTwoFactor"] = "false",
            ["TwoFactor:EnforceEnrolment"] = environment == "Production" ? "true" : "false",
            ["RateLimiting:Login:PermitsPerIp"] = "100000",
            ["RateLimiting:Login:PermitsPerUsername"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? []) _settings[key] = value;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, CrashAfterCommit>());
    }

    /// <summary>
    /// A request carrying <see cref="Header"/> runs to the end — committed — and then the connection is cut before any
    /// byte of the answer leaves: what a client sees when the API dies between commit and answer.
    /// </summary>
    public sealed class CrashAfterCommit : IStartupFilter
    {
        public const string Header = "X-Test-Crash-After-Commit";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                if (!context.Request.Headers.ContainsKey(Header))
                {
                    await inner(context);
                    return;
                }
                context.Response.Body = new MemoryStream();
                await inner(context);
                context.Abort();
            });
            next(app);
        };
    }
}
