namespace Microfinance.Application.Notifications.Commands.MarkNotificationRead;

public sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkNotificationReadCommand, NotificationDto>
{
    public async Task<NotificationDto> Handle(MarkNotificationReadCommand r, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.Where(n => n.UserId == user.UserId).GetAsync(r.Id, "Notification", cancellationToken);
        notification.MarkRead(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return NotificationDto.From(notification);
    }
}
