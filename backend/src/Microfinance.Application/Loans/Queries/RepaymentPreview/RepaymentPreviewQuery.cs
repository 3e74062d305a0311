using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.RepaymentPreview;

/// <summary>How a repayment of <see cref="Amount"/> would be allocated now; writes nothing.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RepaymentPreviewQuery(Guid Id, decimal Amount) : IRequest<Allocation>;
