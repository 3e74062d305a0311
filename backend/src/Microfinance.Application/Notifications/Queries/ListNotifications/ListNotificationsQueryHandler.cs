namespace Microfinance.Application.Notifications.Queries.ListNotifications;

public sealed class ListNotificationsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<ListNotificationsQuery, PagedList<NotificationDto>>
{
    public Task<PagedList<NotificationDto>> Handle(ListNotificationsQuery q, CancellationToken cancellationToken)
    {
        var feed = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (q.Kind is { } kind) feed = feed.Where(n => n.Kind == kind);
        if (q.UnreadOnly) feed = feed.Where(n => n.ReadAt == null);
        var lines = feed.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt));
        return PagedList<NotificationDto>.CreateAsync(lines, q.Page, q.PageSize, cancellationToken);
    }
}
