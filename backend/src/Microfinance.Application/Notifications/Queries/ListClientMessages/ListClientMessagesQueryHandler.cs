namespace Microfinance.Application.Notifications.Queries.ListClientMessages;

public sealed class ListClientMessagesQueryHandler(IApplicationDbContext db) : IRequestHandler<ListClientMessagesQuery, PagedList<ClientMessageDto>>
{
    public async Task<PagedList<ClientMessageDto>> Handle(ListClientMessagesQuery q, CancellationToken cancellationToken)
    {
        // The client is read through the institution's filter: another institution's client is 404, not an empty list.
        if (!await db.Clients.AnyAsync(c => c.Id == q.ClientId, cancellationToken)) throw new NotFoundException("Client", q.ClientId);
        var messages = db.OutboxMessages.AsNoTracking().Where(m => m.ClientId == q.ClientId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new ClientMessageDto(m.Id, m.Channel, m.Kind, m.Recipient, m.Body, m.Status, m.CreatedAt, m.SentAt));
        return await PagedList<ClientMessageDto>.CreateAsync(messages, q.Page, q.PageSize, cancellationToken);
    }
}
