using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Queries.ListClients;

/// <summary>
/// Search matches a name, the phone, the client number or — exactly, through its keyed hash — an ID document number.
/// Sort: <c>name</c>, <c>number</c> or <c>createdAt</c>, prefixed with <c>-</c> for descending.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListClientsQuery(
    string? Search = null, ClientStatus? Status = null, Guid? BranchId = null, Guid? AgentId = null, string? Sort = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<ClientSummaryDto>>, IPageRequest;
