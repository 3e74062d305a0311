using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Queries.ListOrphanPayments;

/// <summary>Money that arrived for no intent, oldest first: the open ones are a supervisor's to resolve.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListOrphanPaymentsQuery(OrphanPaymentStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<OrphanPaymentDto>>, IPageRequest;
