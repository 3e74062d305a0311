using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Queries.ListTontineWithdrawals;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTontineWithdrawalsQuery(
    TontineWithdrawalStatus? Status = null, Guid? ParticipantId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TontineWithdrawalDto>>, IPageRequest;
