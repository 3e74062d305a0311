using System.Text.RegularExpressions;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// What never leaves for a model (docs/anomalies.md "The assistant"): a figure whose name says it is about a person
/// (a phone, an e-mail, an ID document, a name, an address) is left out, and a phone number (an international number,
/// <c>+</c> and 8 to 15 digits, as the product stores them) written anywhere else — in a figure's text, in a question —
/// is replaced by <see cref="Mask"/>. Names, ID document numbers and phones of clients and staff are never put in the
/// prompt in the first place: it carries figures, not the people's records.
/// </summary>
public static partial class AssistantRedaction
{
    public const string Mask = "[redacted]";

    public static IReadOnlyDictionary<string, string> Figures(IReadOnlyDictionary<string, string> figures) =>
        figures.Where(f => !PersonalName().IsMatch(f.Key)).ToDictionary(f => f.Key, f => Text(f.Value), StringComparer.Ordinal);

    public static string Text(string text) => Phone().Replace(text, Mask);

    [GeneratedRegex(@"phone|msisdn|mobile|e-?mail|iddocument|documentnumber|name|address|payer", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00)\s?\d(?:[\s.-]?\d){7,14}(?!\d)")]
    private static partial Regex Phone();
}
