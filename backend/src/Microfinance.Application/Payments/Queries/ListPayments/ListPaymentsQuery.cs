using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Queries.ListPayments;

/// <summary>Newest first. <paramref name="From"/> and <paramref name="To"/> are days (inclusive) of the payment's creation; <paramref name="AgentId"/> is who made it.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListPaymentsQuery(
    PaymentStatus? Status = null, PaymentPurpose? Purpose = null, string? Provider = null, DateOnly? From = null, DateOnly? To = null,
    Guid? AgentId = null, Guid? ClientId = null, Guid? TargetId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<PaymentDto>>, IPageRequest;
