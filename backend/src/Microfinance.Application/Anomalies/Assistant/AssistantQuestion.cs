using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// A question read offline by keywords, French or English (docs/anomalies.md "The assistant" says its limits): the
/// <see cref="Topics"/> it names, whether it asks <see cref="AsksWhy"/>, and the month it names — a month's name (the
/// latest one not after this month, or of the year written), <c>yyyy-MM</c>, "last month" — or null.
/// </summary>
public sealed partial record AssistantQuestion(IReadOnlySet<AssistantTopic> Topics, bool AsksWhy, DateOnly? Month)
{
    private static readonly string[][] MonthNames =
    [
        ["janvier", "january"], ["fevrier", "february"], ["mars", "march"], ["avril", "april"], ["mai", "may"], ["juin", "june"],
        ["juillet", "july"], ["aout", "august"], ["septembre", "september"], ["octobre", "october"], ["novembre", "november"], ["decembre", "december"],
    ];

    private static readonly (AssistantTopic Topic, string[] Stems)[] Keywords =
    [
        (AssistantTopic.Portfolio, ["par1", "par30", "par90", "par 1", "par 30", "par 90", "risque", "risk", "retard", "late", "arrear", "impaye", "portefeuille", "portfolio", "encours", "outstanding"]),
        (AssistantTopic.Deposits, ["depot", "deposit", "versement d'epargne"]),
        (AssistantTopic.Withdrawals, ["retrait", "withdraw"]),
        (AssistantTopic.Repayments, ["rembourse", "repay", "recouvr", "collection"]),
        (AssistantTopic.Disbursements, ["decaiss", "disburs", "octroi", "credits accordes", "prets accordes", "loans granted"]),
        (AssistantTopic.Contributions, ["cotisation", "tontine", "contribution"]),
        (AssistantTopic.Findings, ["anomal", "finding", "constat", "alerte", "alert", "irregular", "suspect", "suspicious", "fraude", "fraud"]),
        (AssistantTopic.Summary, ["resume", "summary", "bilan", "synthese", "overview", "activite", "activity"]),
    ];

    public static AssistantQuestion Read(string question, DateOnly today)
    {
        var text = Plain(question);
        var topics = Keywords.Where(k => k.Stems.Any(text.Contains)).Select(k => k.Topic).ToHashSet();
        var asksWhy = Why().IsMatch(text);
        return new AssistantQuestion(topics, asksWhy, MonthIn(text, today));
    }

    private static DateOnly? MonthIn(string text, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (YearMonth().Match(text) is { Success: true } ym)
            return new DateOnly(int.Parse(ym.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(ym.Groups[2].Value, CultureInfo.InvariantCulture), 1);
        if (LastMonth().IsMatch(text)) return thisMonth.AddMonths(-1);
        if (ThisMonth().IsMatch(text)) return thisMonth;
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var at = words.FindIndex(w => MonthNames[i].Contains(w));
            if (at < 0) continue;
            if (at + 1 < words.Count && words[at + 1].Length == 4 && int.TryParse(words[at + 1], out var year) && year is > 1900 and < 3000)
                return new DateOnly(year, i + 1, 1);
            var named = new DateOnly(today.Year, i + 1, 1);
            return named > thisMonth ? named.AddYears(-1) : named;
        }
        return null;
    }

    /// <summary>Lower case without accents: « augmenté » and "augmente" read the same.</summary>
    private static string Plain(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c == '\u2019' ? '\'' : c);
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\b(pourquoi|why|explique|explain|cause|comment se fait|how come)")]
    private static partial Regex Why();

    [GeneratedRegex(@"\b(20\d\d)-(0[1-9]|1[0-2])\b")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"mois (dernier|precedent|passe)|last month|previous month")]
    private static partial Regex LastMonth();

    [GeneratedRegex(@"ce mois|this month|mois en cours|current month")]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}
