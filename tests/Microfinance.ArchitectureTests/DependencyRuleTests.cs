using System.Reflection;
using System.Xml.Linq;

namespace Microfinance.ArchitectureTests;

/// <summary>
/// Domain ← Application ← Infrastructure ← Api: each layer may use only the layers to its left. Checked twice: in the
/// compiled assemblies (what the code really uses) and in the project files (what a build may use).
/// NetArchTest and ArchUnitNET are not served here, so this reads metadata itself.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly string[] Layers = ["Microfinance.Domain", "Microfinance.Application", "Microfinance.Infrastructure", "Microfinance.Api"];

    /// <summary>Every layer that has an outer layer to stay away from (the Api is outermost).</summary>
    public static TheoryData<string> InnerLayers => new(Layers[..^1]);

    private static Assembly Load(string layer) => Assembly.Load(layer);

    private static IEnumerable<string> Forbidden(string layer) => Layers.SkipWhile(l => l != layer).Skip(1);

    [Theory]
    [MemberData(nameof(InnerLayers))]
    public void A_layers_assembly_references_no_outer_layer(string layer)
    {
        var references = Load(layer).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotContain(Forbidden(layer), $"{layer} must not depend on the layers outside it");
    }

    [Theory]
    [MemberData(nameof(InnerLayers))]
    public void A_layers_project_file_references_no_outer_layer(string layer)
    {
        var project = XDocument.Load(Path.Combine(SourceRoot(), layer, $"{layer}.csproj"));
        var referenced = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        referenced.Should().NotContain(Forbidden(layer));
    }

    [Fact]
    public void The_domain_uses_nothing_but_the_base_library()
    {
        var references = Load("Microfinance.Domain").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(name => name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            "entities and rules must not know about EF Core, ASP.NET or any package");
    }

    [Fact]
    public void The_application_layer_does_not_touch_asp_net_or_npgsql()
    {
        var references = Load("Microfinance.Application").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_catches_a_violation()
    {
        // Guard against a vacuous pass: the Api really references Infrastructure, which the rule forbids for inner layers.
        Load("Microfinance.Api").GetReferencedAssemblies().Select(a => a.Name).Should().Contain("Microfinance.Infrastructure");
        Forbidden("Microfinance.Application").Should().Equal("Microfinance.Infrastructure", "Microfinance.Api");
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Microfinance.sln")))
                return Path.Combine(dir.FullName, "backend", "src");
        throw new InvalidOperationException("Microfinance.sln not found");
    }
}
