using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.CreatePayment;

/// <summary>Asks the payer, through <paramref name="Provider"/> (a provider account's code, e.g. <c>sandbox</c>), to pay <paramref name="Amount"/> for the purpose.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CreatePaymentCommand(PaymentPurpose Purpose, Guid TargetId, decimal Amount, string PayerPhone, string Provider) : ICommand<PaymentDto>;
