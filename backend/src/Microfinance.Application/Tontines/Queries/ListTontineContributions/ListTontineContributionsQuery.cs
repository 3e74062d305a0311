using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Queries.ListTontineContributions;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTontineContributionsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TontineContributionDto>>, IPageRequest
{
    [JsonIgnore] public Guid ParticipantId { get; init; }
}
