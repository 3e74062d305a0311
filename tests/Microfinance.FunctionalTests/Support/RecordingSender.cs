using System.Collections.Concurrent;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Notifications;

namespace Microfinance.FunctionalTests.Support;

/// <summary>A sender that counts what it sends, and fails for the recipients a test names (as an unreachable server would).</summary>
public sealed class RecordingSender(TimeSpan sendTime = default) : IMessageSender
{
    public ConcurrentDictionary<Guid, int> Sends { get; } = new();

    public ConcurrentDictionary<string, string> FailFor { get; } = new();

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (sendTime > TimeSpan.Zero) await Task.Delay(sendTime, cancellationToken);
        if (FailFor.TryGetValue(message.Recipient, out var error)) throw new IOException(error);
        Sends.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
    }
}
