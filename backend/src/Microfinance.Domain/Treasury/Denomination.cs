using System.Globalization;

namespace Microfinance.Domain.Treasury;

/// <summary>A note or a coin of a currency; its code (<c>note-10000</c>, <c>coin-500</c>) is what a count names.</summary>
public sealed record Denomination(DenominationKind Kind, decimal Value)
{
    public string Code { get; } = $"{Kind.ToString().ToLowerInvariant()}-{Value.ToString(CultureInfo.InvariantCulture)}";
}
