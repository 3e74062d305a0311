using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>The signal between a committed unit of work and this instance's <see cref="OutboxSender"/>.</summary>
public sealed class OutboxWakeUp : IOutboxWakeUp
{
    private readonly SemaphoreSlim _signal = new(0);

    public void MessagesCommitted()
    {
        // One pending signal is enough: a round takes every message due, however many commits asked for it.
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    /// <summary>Returns when woken, or after <paramref name="timeout"/> (the poll) otherwise.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
