using System.Globalization;
using System.Text.RegularExpressions;
using Microfinance.Application.Common.Localization;

namespace Microfinance.ArchitectureTests;

/// <summary>
/// French first: every message the code can show — exceptions, validation messages, problem titles — has its French
/// text in <c>fr.json</c>, with the same placeholders. A message added without one fails here.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly Regex Placeholder = PlaceholderRegex();

    public static TheoryData<string> Messages => new(MessagesInCode().Order(StringComparer.Ordinal));

    [Fact]
    public void The_scan_finds_the_messages()
    {
        MessagesInCode().Should().Contain(["The balance ({0}) cannot cover {1} and keep {2} on the account.", "A client is at least {0} years old.",
            "The request is invalid.", "{0} '{1}' was not found.", "Client"]);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_has_its_french_text_with_the_same_placeholders(string english)
    {
        Localizer.TranslatedTemplates.Should().Contain(english, "add its French text to Application/Common/Localization/fr.json");
        var french = Localizer.Format(english, [], CultureInfo.GetCultureInfo("fr"));
        Placeholders(french).Should().BeEquivalentTo(Placeholders(english));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder.Matches(text).Select(m => m.Value).Distinct();

    /// <summary>The English texts written in the backend's code where a message is made.</summary>
    private static HashSet<string> MessagesInCode()
    {
        const string text = "\"((?:[^\"\\\\]|\\\\.)*)\"";
        Regex[] patterns =
        [
            new(@"(?:DomainException|ConflictException|ValidationException)\(\s*(?:""[^""]*""|nameof\([^)]*\)|[\w.]+)\s*,\s*" + text),
            new(@"new\(\s*""[a-z_]+""\s*,\s*" + text),
            new(@"WithLocalizedMessage\(\s*" + text),
            new(@"Localizer\.Format\(\s*" + text),
            new(@"\bT\(\s*" + text),
            new(@"Problem\(\s*\d+\s*,\s*" + text),
            new(@"(?:UnauthorizedException|ForbiddenAccessException|NotFoundException)\(\s*" + text),
            new(@"TooManyRequestsException\([^;]*?""[a-z_]+""\s*,\s*" + text),
            new(@"const string Template = " + text),
            new(@"string message = " + text),
        ];
        var root = SourceRoot();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/Migrations/")))
        {
            var source = File.ReadAllText(file);
            foreach (var pattern in patterns)
                foreach (Match m in pattern.Matches(source))
                    found.Add(Regex.Unescape(m.Groups[1].Value));
        }
        return found;
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Microfinance.sln")))
                return Path.Combine(dir.FullName, "backend", "src");
        throw new InvalidOperationException("Microfinance.sln not found");
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderRegex();
}
