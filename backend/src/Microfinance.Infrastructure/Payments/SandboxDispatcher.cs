using System.Text;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// The sandbox's webhook sender: posts each due <see cref="SandboxDelivery"/>, signed, to our webhook over real HTTP,
/// and retries with backoff on anything but a 2xx, like KKiaPay (<see cref="SandboxOptions.MaxAttempts"/> tries).
/// Deliveries are claimed with <c>FOR UPDATE SKIP LOCKED</c>: with several instances each is sent by one of them.
/// It looks often only while it has work (<see cref="Nudge"/>, then until the last retry could be due); otherwise every
/// <see cref="SandboxOptions.IdlePollSeconds"/>, for deliveries another instance queued or a restart left behind.
/// </summary>
public sealed class SandboxDispatcher(
    IServiceScopeFactory scopes, IServer server, IHttpClientFactory http, IOptions<SandboxOptions> options, TimeProvider clock, ILogger<SandboxDispatcher> logger)
    : BackgroundService
{
    public const string HttpClientName = "sandbox-webhooks";

    private readonly SemaphoreSlim _nudged = new(0);
    private long _busyUntilTicks;

    /// <summary>A payment was just started: look often until its webhooks (and their retries) are sent.</summary>
    public void Nudge()
    {
        var o = options.Value;
        var busyFor = TimeSpan.FromMilliseconds(o.DelayMilliseconds + o.RetryBaseMilliseconds * Math.Pow(2, o.MaxAttempts)) + TimeSpan.FromSeconds(5);
        Interlocked.Exchange(ref _busyUntilTicks, (clock.GetUtcNow() + busyFor).UtcTicks);
        _nudged.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _busyUntilTicks);
            await _nudged.WaitAsync(busy ? TimeSpan.FromMilliseconds(options.Value.PollMilliseconds) : TimeSpan.FromSeconds(options.Value.IdlePollSeconds),
                stoppingToken);
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Sandbox webhooks could not be sent; retrying at the next tick");
            }
        }
    }

    /// <summary>Sends what is due now; returns how many deliveries were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var unrestricted = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var due = await db.SandboxDeliveries.FromSql($"""
            SELECT * FROM sandbox_deliveries WHERE delivered_at IS NULL AND abandoned_at IS NULL AND due_at <= {now}
            ORDER BY due_at LIMIT 20 FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var gateway = scope.ServiceProvider.GetRequiredService<SandboxGateway>();
        var providers = await db.PaymentProviders.AsNoTracking().Where(p => due.Select(d => d.Provider).Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        var client = http.CreateClient(HttpClientName);
        foreach (var delivery in due)
        {
            var status = providers.TryGetValue(delivery.Provider, out var provider) && gateway.SecretFor(provider) is { Length: > 0 } secret
                ? await PostAsync(client, delivery, secret, ct)
                : null;
            Record(delivery, status, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private async Task<int?> PostAsync(HttpClient client, SandboxDelivery delivery, string secret, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(CallbackBase(), $"/api/v1/payments/webhooks/{delivery.Provider}"));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body, clock.GetUtcNow()));
        try
        {
            using var response = await client.SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Sandbox webhook {Delivery} could not reach {Url}", delivery.Id, request.RequestUri);
            return null;
        }
    }

    private void Record(SandboxDelivery delivery, int? status, DateTimeOffset now)
    {
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        if (status is >= 200 and < 300)
            delivery.DeliveredAt = now;
        else if (delivery.Attempts >= options.Value.MaxAttempts)
            delivery.AbandonedAt = now;
        else
            delivery.DueAt = now.AddMilliseconds(options.Value.RetryBaseMilliseconds * Math.Pow(2, delivery.Attempts - 1));
    }

    private Uri CallbackBase()
    {
        if (options.Value.CallbackBaseUrl is { Length: > 0 } configured) return new Uri(configured);
        // This server's own address; a wildcard host (0.0.0.0, [::], +, *) is reached on the loopback.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set Payments:Sandbox:CallbackBaseUrl: the server's address is unknown.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]") uri.Host = "127.0.0.1";
        return uri.Uri;
    }
}
