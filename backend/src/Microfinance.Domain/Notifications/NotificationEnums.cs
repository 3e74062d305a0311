namespace Microfinance.Domain.Notifications;

public enum MessageChannel
{
    Email,
    Sms,
}

public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,
    Sent,
    /// <summary>Dead-lettered: it failed too many times; an administrator may retry it.</summary>
    Failed,
}
