using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Microfinance.FunctionalTests.Support;

/// <summary>A user's live connection to the notifications hub, keeping what it receives for the test to read.</summary>
public sealed class NotificationListener : IAsyncDisposable
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly HubConnection _connection;

    private NotificationListener(Uri server, string accessToken)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/notifications"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken))
            .Build();
        _connection.On<JsonElement>("notification", n => _received.Writer.TryWrite(n));
    }

    public static async Task<NotificationListener> ConnectAsync(Uri server, string accessToken)
    {
        var listener = new NotificationListener(server, accessToken);
        await listener._connection.StartAsync();
        return listener;
    }

    /// <summary>The next notification pushed, or a failure after <paramref name="seconds"/>.</summary>
    public async Task<JsonElement> NextAsync(int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when nothing arrived within <paramref name="milliseconds"/>.</summary>
    public async Task<bool> NothingWithinAsync(int milliseconds)
    {
        await Task.Delay(milliseconds);
        return !_received.Reader.TryPeek(out _);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
