namespace Microfinance.Application.Notifications.Commands.MarkAllNotificationsRead;

public sealed class MarkAllNotificationsReadCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkAllNotificationsReadCommand, MarkedReadDto>
{
    public async Task<MarkedReadDto> Handle(MarkAllNotificationsReadCommand r, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.UserId == user.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var notification in unread) notification.MarkRead(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new MarkedReadDto(unread.Count);
    }
}
