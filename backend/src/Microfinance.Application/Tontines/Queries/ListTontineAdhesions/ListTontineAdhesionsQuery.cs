using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.ListTontineAdhesions;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTontineAdhesionsQuery(
    TontineAdhesionStatus? Status = null, Guid? TontineId = null, Guid? ClientId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TontineAdhesionDto>>, IPageRequest;
