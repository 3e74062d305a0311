using FluentValidation.Results;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>The total of a count by denomination, once every line names a note or coin of the currency, once each (else 400).</summary>
public static class CashCount
{
    /// <summary>Bounds one line: more notes than this in one drawer is a typing error.</summary>
    public const int MaxPieces = 1_000_000;

    public static decimal Total(string currency, IReadOnlyList<DenominationCount> counts, string field)
    {
        var known = Denominations.For(currency).ToDictionary(d => d.Code, d => d.Value, StringComparer.Ordinal);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < counts.Count; i++)
        {
            if (!known.ContainsKey(counts[i].Denomination))
                failures.Add(new($"{field}[{i}].denomination", Localizer.Format("'{0}' is not one of: {1}.",
                    [counts[i].Denomination, string.Join(", ", known.Keys)])));
            else if (counts.Take(i).Any(c => c.Denomination == counts[i].Denomination))
                failures.Add(new($"{field}[{i}].denomination", Localizer.Format("Each denomination is counted once ('{0}' appears twice).", [counts[i].Denomination])));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        return counts.Sum(c => known[c.Denomination] * c.Count);
    }
}
