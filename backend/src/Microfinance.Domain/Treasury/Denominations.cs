namespace Microfinance.Domain.Treasury;

/// <summary>The notes and coins in circulation for each currency the product knows (Currencies), largest first.</summary>
public static class Denominations
{
    private static readonly Dictionary<string, IReadOnlyList<Denomination>> ByCurrency = new(StringComparer.Ordinal)
    {
        // BCEAO: the 500 F exists as a note and as a coin.
        ["XOF"] = Of([10_000, 5_000, 2_000, 1_000, 500], [500, 250, 200, 100, 50, 25, 10, 5, 1]),
        ["XAF"] = Of([10_000, 5_000, 2_000, 1_000, 500], [500, 100, 50, 25, 10, 5, 2, 1]),
        ["GNF"] = Of([20_000, 10_000, 5_000, 2_000, 1_000, 500], []),
        ["EUR"] = Of([500, 200, 100, 50, 20, 10, 5], [2, 1, 0.5m, 0.2m, 0.1m, 0.05m, 0.02m, 0.01m]),
        ["USD"] = Of([100, 50, 20, 10, 5, 2, 1], [1, 0.5m, 0.25m, 0.1m, 0.05m, 0.01m]),
        ["GHS"] = Of([200, 100, 50, 20, 10, 5, 2, 1], [2, 1, 0.5m, 0.2m, 0.1m, 0.05m, 0.01m]),
        ["NGN"] = Of([1_000, 500, 200, 100, 50, 20, 10, 5], [2, 1, 0.5m]),
    };

    /// <summary>The currency's denominations; empty for a currency the product does not know.</summary>
    public static IReadOnlyList<Denomination> For(string currency) => ByCurrency.GetValueOrDefault(currency) ?? [];

    private static IReadOnlyList<Denomination> Of(decimal[] notes, decimal[] coins) =>
        [.. notes.Select(v => new Denomination(DenominationKind.Note, v)), .. coins.Select(v => new Denomination(DenominationKind.Coin, v))];
}
