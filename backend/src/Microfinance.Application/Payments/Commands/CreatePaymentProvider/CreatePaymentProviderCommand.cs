using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.CreatePaymentProvider;

/// <summary>
/// Registers the institution's account with a provider: <paramref name="Code"/> becomes its webhook route
/// (<c>/api/v1/payments/webhooks/{code}</c>); its secret is configured on the server (docs/payments.md), never sent here.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CreatePaymentProviderCommand(string Code, PaymentProviderKind Kind, string Name) : ICommand<PaymentProviderDto>;
