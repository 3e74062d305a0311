using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions API on a port of 127.0.0.1 (Kestrel): keeps each request's body and
/// Authorization header, and answers as <see cref="Behaviour"/> says — a completion of <see cref="Completion"/>, a 500,
/// a body that is not a completion, or nothing for <see cref="SlowSeconds"/>.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    public enum Mode { Answer, Fail, BadJson, Slow }

    private readonly WebApplication _app;

    public record Received(string Body, string? Authorization);

    private FakeChatCompletions(WebApplication app) => _app = app;

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeChatCompletions(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.Requests.Enqueue(new Received(await reader.ReadToEndAsync(ct), request.Headers.Authorization.FirstOrDefault()));
            switch (fake.Behaviour)
            {
                case Mode.Fail: return Results.StatusCode(500);
                case Mode.BadJson: return Results.Text("{\"choices\": \"none\"}", "application/json");
                case Mode.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(fake.SlowSeconds), ct);
                    break;
            }
            return Results.Json(new { id = "chatcmpl-1", @object = "chat.completion", choices = new[] { new { index = 0, message = new { role = "assistant", content = fake.Completion }, finish_reason = "stop" } } });
        });
        await app.StartAsync();
        return fake;
    }

    /// <summary>The base URL the assistant is configured with (<c>…/v1</c>).</summary>
    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/v1";

    public Mode Behaviour { get; set; } = Mode.Answer;

    public string Completion { get; set; } = "Réponse du modèle.";

    public int SlowSeconds { get; set; } = 5;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
