using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests.Support;

/// <summary>An SMS gateway on a port of 127.0.0.1 (Kestrel): keeps what each POST carried and answers <see cref="AnswerStatus"/>.</summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    public const string ApiKeyHeader = "X-Gateway-Key";

    private readonly WebApplication _app;

    public record Received(string? To, string? Text, string? ApiKey, string? IdempotencyKey);

    private FakeSmsGateway(WebApplication app) => _app = app;

    public static async Task<FakeSmsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var gateway = new FakeSmsGateway(app);
        app.MapPost("/sms", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonElement>();
            gateway.Requests.Enqueue(new Received(body.GetProperty("to").GetString(), body.GetProperty("text").GetString(),
                request.Headers[ApiKeyHeader].FirstOrDefault(), request.Headers["Idempotency-Key"].FirstOrDefault()));
            return Results.StatusCode(gateway.AnswerStatus);
        });
        await app.StartAsync();
        return gateway;
    }

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/sms";

    public int AnswerStatus { get; set; } = 200;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
