using System.Text.Json.Serialization;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments.Commands.ResolveOrphanPayment;

/// <summary>A supervisor settles money that arrived for no intent: credits it to <paramref name="AccountId"/> (Post), or records its refund.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ResolveOrphanPaymentCommand(PaymentResolution Resolution, string Reason, Guid? AccountId = null) : ICommand<OrphanPaymentDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
