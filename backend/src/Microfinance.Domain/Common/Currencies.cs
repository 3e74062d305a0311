namespace Microfinance.Domain.Common;

/// <summary>
/// Currencies the product knows and their minor units. XOF and XAF (FCFA) have none: 100.5 XOF is invalid input,
/// never something to round silently.
/// </summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> MinorUnitsByCode = new(StringComparer.Ordinal)
    {
        ["XOF"] = 0,
        ["XAF"] = 0,
        ["GNF"] = 0,
        ["EUR"] = 2,
        ["USD"] = 2,
        ["GHS"] = 2,
        ["NGN"] = 2,
    };

    public static IEnumerable<string> Codes => MinorUnitsByCode.Keys;

    public static bool IsKnown(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    public static int MinorUnits(string code) =>
        MinorUnitsByCode.TryGetValue(code, out var units) ? units : throw new ArgumentException($"Unknown currency {code}.", nameof(code));

    /// <summary>True when <paramref name="amount"/> has no more decimals than the currency allows.</summary>
    public static bool FitsMinorUnit(decimal amount, string code) => amount == Math.Round(amount, MinorUnits(code));

    /// <summary>Rounds a computed amount (interest, fee) half away from zero to the currency's minor unit.</summary>
    public static decimal Round(decimal amount, string code) => Math.Round(amount, MinorUnits(code), MidpointRounding.AwayFromZero);
}
