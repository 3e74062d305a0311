namespace Microfinance.Application.Notifications.Commands.RetryOutboxMessage;

public sealed class RetryOutboxMessageCommandHandler(IApplicationDbContext db, IRowLocks locks, IUnitOfWork unitOfWork, TimeProvider clock)
    : IRequestHandler<RetryOutboxMessageCommand, OutboxMessageDto>
{
    public async Task<OutboxMessageDto> Handle(RetryOutboxMessageCommand r, CancellationToken cancellationToken)
    {
        // Two administrators retrying at once: the second reads it pending and is told so. The sender never takes a
        // failed message, so it cannot race this.
        await locks.LockKeyAsync($"outbox-message:{r.Id}", cancellationToken);
        var message = await db.OutboxMessages.GetAsync(r.Id, "Outbox message", cancellationToken);
        message.Retry(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return OutboxMessageDto.From(message);
    }
}
