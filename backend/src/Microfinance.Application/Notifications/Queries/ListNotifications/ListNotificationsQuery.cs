using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications.Queries.ListNotifications;

/// <summary>The caller's own feed, newest first, optionally of one kind or unread only.</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record ListNotificationsQuery(NotificationKind? Kind = null, bool UnreadOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<NotificationDto>>, IPageRequest;
