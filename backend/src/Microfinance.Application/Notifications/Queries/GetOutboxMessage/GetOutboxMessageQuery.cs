namespace Microfinance.Application.Notifications.Queries.GetOutboxMessage;

/// <summary>One message of the institution's outbox (another institution's is a 404).</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetOutboxMessageQuery(Guid Id) : IRequest<OutboxMessageDto>;
