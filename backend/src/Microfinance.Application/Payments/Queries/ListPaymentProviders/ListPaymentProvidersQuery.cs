namespace Microfinance.Application.Payments.Queries.ListPaymentProviders;

/// <summary>The institution's provider accounts, with the deliveries refused for a bad signature (count and last seen).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListPaymentProvidersQuery : IRequest<List<PaymentProviderDto>>;
