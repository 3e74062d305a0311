using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications.Queries.ListOutboxMessages;

/// <summary>The institution's outbox, newest first, optionally of one status and one channel (docs/notifications-outbox.md).</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListOutboxMessagesQuery(OutboxStatus? Status = null, MessageChannel? Channel = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<OutboxPageDto>, IPageRequest;
