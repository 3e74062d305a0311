namespace Microfinance.Application.Notifications.Queries.GetOutboxMessage;

public sealed class GetOutboxMessageQueryHandler(IApplicationDbContext db) : IRequestHandler<GetOutboxMessageQuery, OutboxMessageDto>
{
    public async Task<OutboxMessageDto> Handle(GetOutboxMessageQuery q, CancellationToken cancellationToken) =>
        OutboxMessageDto.From(await db.OutboxMessages.AsNoTracking().GetAsync(q.Id, "Outbox message", cancellationToken));
}
