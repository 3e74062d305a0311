namespace Microfinance.Application.Payments.Queries.GetPayment;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetPaymentQuery(Guid Id) : IRequest<PaymentDto>;
