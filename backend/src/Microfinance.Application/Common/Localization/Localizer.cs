using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Microfinance.Application.Common.Localization;

/// <summary>
/// Messages in the reader's language (the request's UI culture: French unless the caller asks for English). Code writes
/// every message once, in English, as a composite-format template; that template is the key of its French translation
/// in <c>fr.json</c> (gettext's way: no key to invent, no message without a text). Arguments are shown as the reader
/// writes them: amounts grouped by thousands, dates in the local order, known words (entity names, statuses)
/// translated. docs/adr/0016.
/// </summary>
public static partial class Localizer
{
    private static readonly FrozenDictionary<string, string> French = Load("fr");

    public static string Format(string template, IReadOnlyList<object?> arguments) => Format(template, arguments, CultureInfo.CurrentUICulture);

    public static string Format(string template, IReadOnlyList<object?> arguments, CultureInfo culture)
    {
        var french = IsFrench(culture);
        var text = french && French.TryGetValue(template, out var translated) ? translated : template;
        return arguments.Count == 0 ? text : string.Format(culture, text, arguments.Select(a => Display(a, culture, french)).ToArray());
    }

    /// <summary>
    /// A field's name as FluentValidation's own (already translated) messages show it: "'Montant' doit être supérieur
    /// à '0'." Null where there is nothing better than FluentValidation's default ("Amount").
    /// </summary>
    public static string? FieldName(string member) =>
        IsFrench(CultureInfo.CurrentUICulture) && French.TryGetValue("Field." + member, out var name) ? name : null;

    /// <summary>Every English text that has a French translation (for the test that none is missing).</summary>
    public static IReadOnlySet<string> TranslatedTemplates { get; } = French.Keys.ToFrozenSet();

    private static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    private static object? Display(object? argument, CultureInfo culture, bool french) => argument switch
    {
        decimal d => d.ToString("#,0.####", culture),
        DateOnly d => d.ToString("d", culture),
        string s when french && French.TryGetValue(s, out var t) => t,
        Enum e when french => French.TryGetValue($"{e.GetType().Name}.{e}", out var t) ? t : e.ToString(),
        // In an English sentence a status reads as words: WrittenOff → "written off".
        Enum e => Words().Replace(e.ToString(), " $1").ToLowerInvariant(),
        _ => argument,
    };

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(Localizer).Assembly.GetManifestResourceStream($"Microfinance.Application.Common.Localization.{language}.json")
            ?? throw new InvalidOperationException($"The {language} messages are not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
    }
}
