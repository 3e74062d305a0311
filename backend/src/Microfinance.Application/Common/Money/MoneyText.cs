using System.Globalization;

namespace Microfinance.Application.Common.Money;

/// <summary>
/// An amount as a person reads it in a message: "150 000 FCFA" (XOF and XAF read FCFA). As a message argument it takes
/// the reader's grouping, whatever the language the message is written in.
/// </summary>
public readonly record struct MoneyText(decimal Amount, string CurrencyCode) : IFormattable
{
    public string Symbol => CurrencyCode is "XOF" or "XAF" ? "FCFA" : CurrencyCode;

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        // A plain space groups the thousands: an SMS stays in the GSM alphabet (160 characters, not 70).
        var number = Amount.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', ' ');
        return $"{number} {Symbol}";
    }

    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
