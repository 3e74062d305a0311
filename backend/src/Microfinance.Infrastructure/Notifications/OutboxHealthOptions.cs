namespace Microfinance.Infrastructure.Notifications;

/// <summary>Section <c>Health</c> (docs/operations.md).</summary>
public sealed class OutboxHealthOptions
{
    public const string Section = "Health";

    /// <summary>Above this many pending outbox messages, readiness says Degraded.</summary>
    public int OutboxBacklogDegraded { get; set; } = 1000;
}
