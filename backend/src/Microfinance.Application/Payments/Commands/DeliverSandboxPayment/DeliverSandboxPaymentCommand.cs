using System.Text.Json.Serialization;

namespace Microfinance.Application.Payments.Commands.DeliverSandboxPayment;

/// <summary>
/// Outside Production only: the sandbox sends this pending payment's webhook now, over HTTP like its own — also for the
/// numbers it never answers for — so an integrator or a trainer need not wait for the payer or the reconciliation.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DeliverSandboxPaymentCommand : ICommand<PaymentDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
