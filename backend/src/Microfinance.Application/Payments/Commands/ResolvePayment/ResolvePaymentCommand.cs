using System.Text.Json.Serialization;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.ResolvePayment;

/// <summary>A supervisor settles a flagged payment: posts what arrived, or records that it was refunded outside the system.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ResolvePaymentCommand(PaymentResolution Resolution, string Reason) : ICommand<PaymentDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
