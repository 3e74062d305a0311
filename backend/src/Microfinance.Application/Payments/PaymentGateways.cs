using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>The gateway for each kind of provider account.</summary>
public sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    private readonly Dictionary<PaymentProviderKind, IPaymentGateway> _byKind = gateways.ToDictionary(g => g.Kind);

    public bool Supports(PaymentProviderKind kind) => _byKind.ContainsKey(kind);

    public IPaymentGateway For(PaymentProvider provider) =>
        _byKind.TryGetValue(provider.Kind, out var gateway)
            ? gateway
            : throw new InvalidOperationException($"No gateway is registered for {provider.Kind} providers.");
}
