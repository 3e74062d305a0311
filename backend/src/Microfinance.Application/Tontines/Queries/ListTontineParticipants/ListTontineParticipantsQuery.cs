using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.ListTontineParticipants;

/// <summary>Participants; <see cref="AgentId"/> is their collector (the daily round), <see cref="Search"/> a client's name or number.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTontineParticipantsQuery(
    Guid? TontineId = null, Guid? ClientId = null, Guid? AgentId = null, TontineParticipantStatus? Status = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TontineParticipantDto>>, IPageRequest;
