using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryHandler(IApplicationDbContext db) : IRequestHandler<ListOutboxMessagesQuery, OutboxPageDto>
{
    public async Task<OutboxPageDto> Handle(ListOutboxMessagesQuery q, CancellationToken cancellationToken)
    {
        var outbox = db.OutboxMessages.AsNoTracking();
        if (q.Channel is { } channel) outbox = outbox.Where(m => m.Channel == channel);
        var counts = await outbox.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        if (q.Status is { } status) outbox = outbox.Where(m => m.Status == status);
        var messages = outbox.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => OutboxMessageDto.From(m));
        return new OutboxPageDto(
            new OutboxCountsDto(counts.GetValueOrDefault(OutboxStatus.Pending), counts.GetValueOrDefault(OutboxStatus.Sent), counts.GetValueOrDefault(OutboxStatus.Failed)),
            await PagedList<OutboxMessageDto>.CreateAsync(messages, q.Page, q.PageSize, cancellationToken));
    }
}
