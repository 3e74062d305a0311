using System.Text.Json.Serialization;

namespace Microfinance.Application.Payments.Commands.ReconcilePayment;

/// <summary>
/// Asks the provider what became of a pending payment and settles it as a webhook would; expires it when the provider
/// still has not settled it after <see cref="PaymentOptions.ExpireAfterHours"/>. Sent by the reconciliation job, or by a
/// supervisor who will not wait.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReconcilePaymentCommand : ICommand<PaymentDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
