using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.ListTontines;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTontinesQuery(TontineStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TontineDto>>, IPageRequest;
