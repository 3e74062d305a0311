namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Tells this instance's outbox sender that a unit of work committed e-mails or SMS: it looks at once rather than at
/// its next poll (other instances find them at theirs).
/// </summary>
public interface IOutboxWakeUp
{
    void MessagesCommitted();
}
