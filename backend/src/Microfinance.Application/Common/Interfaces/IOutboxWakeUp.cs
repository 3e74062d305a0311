namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Tells the outbox delivery job that a unit of work committed e-mails or SMS: it runs at once (on whichever instance
/// takes it) rather than at its next poll.
/// </summary>
public interface IOutboxWakeUp
{
    void MessagesCommitted();
}
