namespace Microfinance.Application.Notifications.Queries.GetUnreadNotificationCount;

public sealed class GetUnreadNotificationCountQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetUnreadNotificationCountQuery, UnreadCountDto>
{
    public async Task<UnreadCountDto> Handle(GetUnreadNotificationCountQuery q, CancellationToken cancellationToken) =>
        new(await db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken));
}
