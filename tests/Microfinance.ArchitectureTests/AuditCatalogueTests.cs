using System.Reflection;
using System.Text.RegularExpressions;
using Microfinance.Application.Audit;
using Microfinance.Application.Common.Behaviours;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Localization;

namespace Microfinance.ArchitectureTests;

/// <summary>
/// The audit trail speaks to an auditor: every action the code can record — each command, each action a handler or a
/// job names itself — has a label in <see cref="AuditCatalogue"/>, and every label its French text. A command added
/// without one fails here; an audited entity type without one fails AuditTrailInWordsTests (it needs the built model).
/// </summary>
public sealed partial class AuditCatalogueTests
{
    public static TheoryData<string> Commands => new(Assembly.Load("Microfinance.Application").GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
        .Select(AuditActions.Of).Order(StringComparer.Ordinal));

    public static TheoryData<string> NamedActions => new(ActionsNamedInCode().Order(StringComparer.Ordinal));

    public static TheoryData<string> Labels => new(AuditCatalogue.Templates.Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_a_label_and_so_has_its_replay(string action)
    {
        AuditCatalogue.IsKnownAction(action).Should().BeTrue($"add {action} to AuditCatalogue");
        AuditCatalogue.ActionLabel(action + AuditCatalogue.ReplayedSuffix).Should().NotBe(action + AuditCatalogue.ReplayedSuffix);
    }

    [Fact]
    public void The_scan_finds_the_actions_named_in_code()
    {
        ActionsNamedInCode().Should().Contain(["LoginFailed", "LoginLocked", "RefreshRefused", "RefreshTokenReuseDetected", "EndOfDay", "SeedDemoInstitution"]);
    }

    [Theory]
    [MemberData(nameof(NamedActions))]
    public void Every_action_named_in_code_has_a_label(string action) =>
        AuditCatalogue.IsKnownAction(action).Should().BeTrue($"add {action} to AuditCatalogue");

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_label_has_its_french_text(string english) =>
        Localizer.TranslatedTemplates.Should().Contain(english, "add its French text to Application/Common/Localization/fr.json");

    [Fact]
    public void Sign_ins_and_session_renewals_are_flagged_replays_included()
    {
        AuditCatalogue.SignInActions.Should().Contain(["Login", "LoginFailed", "LoginLocked", "Logout", "RefreshToken", "RefreshRefused",
            "RefreshTokenReuseDetected", "LoginReplayed"]);
        AuditCatalogue.IsSignIn("UpdateBranch").Should().BeFalse();
        AuditCatalogue.IsKnownAction("NoSuchAction").Should().BeFalse();
        AuditCatalogue.ActionLabel("NoSuchAction").Should().Be("NoSuchAction", "an unknown code shows as recorded");
    }

    /// <summary>
    /// The names given in code rather than by a command's type: the words in the first argument of audit.Describe(…)
    /// and unitOfWork.ExecuteAsync(…) — both of a choice (a ? "LoginFailed" : "LoginLocked"); a replay's suffix alone is
    /// covered with the commands.
    /// </summary>
    private static HashSet<string> ActionsNamedInCode()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/Migrations/")))
            foreach (Match call in NamingCall().Matches(File.ReadAllText(file)))
                foreach (Match word in Word().Matches(call.Groups[1].Value))
                    if (word.Groups[1].Value != AuditCatalogue.ReplayedSuffix) found.Add(word.Groups[1].Value);
        return found;
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Microfinance.sln")))
                return Path.Combine(dir.FullName, "backend", "src");
        throw new InvalidOperationException("Microfinance.sln not found");
    }

    [GeneratedRegex(@"\.(?:Describe|ExecuteAsync)\(([^,;]*)")]
    private static partial Regex NamingCall();

    [GeneratedRegex(@"""([A-Za-z]+)""")]
    private static partial Regex Word();
}
