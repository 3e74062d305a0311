using System.Text.Json.Serialization;

namespace Microfinance.Application.Notifications.Queries.ListClientMessages;

/// <summary>What was written to a client (reminders by SMS), newest first; 404 for a client the institution does not have.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListClientMessagesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<ClientMessageDto>>, IPageRequest
{
    [JsonIgnore] public Guid ClientId { get; init; }
}
