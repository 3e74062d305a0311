using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microfinance.Application.Common.Interfaces;

namespace Microfinance.ArchitectureTests;

/// <summary>
/// The shape every context copies (docs/architecture.md): one use case per folder, one type per file, one handler per
/// request, one name per context in every layer, and ledger rows added by the posting services only.
/// </summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Application = Assembly.Load("Microfinance.Application");
    private static readonly string[] Contexts = ["Accounting", "Anomalies", "Audit", "Clients", "Deposits", "IdentityAccess", "Loans", "Payments", "Reporting", "Tontines", "Treasury", "Notifications", "Sync"];

    private static readonly Type[] Requests = Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .ToArray();

    [Fact]
    public void Every_request_lives_in_its_use_case_folder_and_namespace()
    {
        Requests.Should().HaveCountGreaterThan(50, "the scan must see the application's requests");
        foreach (var request in Requests)
        {
            var (kind, useCase) = UseCaseOf(request);
            var context = request.Namespace!.Split('.')[2];
            Contexts.Should().Contain(context, $"{request.Name} must belong to a bounded context");
            request.Namespace.Should().Be($"Microfinance.Application.{context}.{kind}.{useCase}", $"{request.Name} is one use case");
            File.Exists(Path.Combine(SourceRoot("Microfinance.Application"), context, kind, useCase, request.Name + ".cs"))
                .Should().BeTrue($"{request.Name} is declared in {context}/{kind}/{useCase}/{request.Name}.cs");
        }
    }

    [Theory]
    [InlineData("Microfinance.Application")]
    [InlineData("Microfinance.Infrastructure")]
    [InlineData("Microfinance.Api")]
    public void Every_source_file_declares_one_type_named_like_the_file(string project)
    {
        var offenders = Directory.GetFiles(SourceRoot(project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/") && Path.GetFileName(f) != "GlobalUsings.cs")
            .Select(f => (File: Path.GetRelativePath(SourceRoot(project), f), Types: TopLevelTypes().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value).ToList()))
            .Where(f => f.Types.Count != 1 || f.Types[0] != Path.GetFileNameWithoutExtension(f.File))
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();

        offenders.Should().BeEmpty("a request, a validator, a handler or a DTO sharing a file is hard to find by its name");
    }

    [Fact]
    public void The_file_scan_catches_a_shared_file()
    {
        // Guard against a vacuous pass of the test above.
        TopLevelTypes().Matches("public sealed record ACommand(int X) : ICommand<int>;\n\npublic sealed class AHandler\n{\n    private sealed class Nested;\n}\n")
            .Select(m => m.Groups["name"].Value).Should().Equal("ACommand", "AHandler");
    }

    [Fact]
    public void Every_request_has_one_handler_of_its_name_beside_it()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .ToList();
        foreach (var handler in handlers)
        {
            var handled = handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)).ToList();
            handled.Should().ContainSingle($"{handler.Name} handles one use case and takes only what it needs");
            var request = handled[0].GetGenericArguments()[0];
            handler.Name.Should().Be(request.Name + "Handler");
            handler.Namespace.Should().Be(request.Namespace);
        }
        Requests.Should().OnlyContain(r => handlers.Any(h => h.Name == r.Name + "Handler"), "every request is handled");
    }

    [Fact]
    public void Every_request_validator_is_named_after_its_request_and_sits_beside_it()
    {
        var validators = Application.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => (Validator: t, Validated: t.BaseType!.GetGenericArguments()[0]))
            .Where(v => Requests.Contains(v.Validated))
            .ToList();

        validators.Should().NotBeEmpty();
        validators.Should().OnlyContain(v => v.Validator.Name == v.Validated.Name + "Validator" && v.Validator.Namespace == v.Validated.Namespace);
    }

    [Fact]
    public void Only_the_posting_services_add_ledger_rows()
    {
        var users = Application.GetTypes()
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(ILedgerRows))))
            .Select(t => t.Name);

        users.Should().BeSubsetOf(["LedgerPoster", "AccountPostings", "LoanPostings", "TontinePostings"], "a handler never chooses a write path");
    }

    [Fact]
    public void Only_the_loan_postings_lock_a_loan_for_a_posting()
    {
        var callers = Directory.GetFiles(SourceRoot("Microfinance.Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && File.ReadAllText(f).Contains(".LockLoanForPostingAsync(", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        callers.Should().BeEquivalentTo(["LoanPostings.cs"], "a loan held by the ledger rows may not be given new installments (ADR 0017)");
    }

    [Fact]
    public void Each_context_has_one_name_in_every_layer()
    {
        var root = Path.GetFullPath(Path.Combine(SourceRoot("Microfinance.Api"), "..", "..", ".."));
        foreach (var context in Contexts)
        {
            Directory.Exists(Path.Combine(SourceRoot("Microfinance.Domain"), context)).Should().BeTrue($"Domain/{context}");
            Directory.Exists(Path.Combine(SourceRoot("Microfinance.Application"), context)).Should().BeTrue($"Application/{context}");
            File.Exists(Path.Combine(SourceRoot("Microfinance.Api"), "Endpoints", $"{context}Endpoints.cs")).Should().BeTrue($"one endpoints file for {context}");
            File.Exists(Path.Combine(SourceRoot("Microfinance.Infrastructure"), "Data", "Configurations", $"{context}Configuration.cs"))
                .Should().BeTrue($"one EF configuration file for {context}");
            Directory.Exists(Path.Combine(root, "frontend", "src", "features", Kebab(context))).Should().BeTrue($"frontend/src/features/{Kebab(context)}");
        }
        Directory.GetDirectories(Path.Combine(root, "frontend", "src", "features")).Select(Path.GetFileName)
            .Should().BeEquivalentTo(Contexts.Select(Kebab), "every SPA feature is a context");
        Directory.GetFiles(Path.Combine(SourceRoot("Microfinance.Api"), "Endpoints"), "*Endpoints.cs").Select(Path.GetFileNameWithoutExtension)
            .Should().BeEquivalentTo(Contexts.Select(c => c + "Endpoints"), "one endpoints file per context, and no other");
    }

    private static (string Kind, string UseCase) UseCaseOf(Type request) => request.Name switch
    {
        var n when n.EndsWith("Command", StringComparison.Ordinal) => ("Commands", n[..^"Command".Length]),
        var n when n.EndsWith("Query", StringComparison.Ordinal) => ("Queries", n[..^"Query".Length]),
        var n => throw new InvalidOperationException($"{n}: a request's name ends with Command or Query"),
    };

    private static string Kebab(string name) => KebabBoundary().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex KebabBoundary();

    /// <summary>A type declared at the top of a file-scoped namespace (nested types are indented).</summary>
    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:record\s+struct|record|class|struct|interface|enum)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelTypes();

    private static string SourceRoot(string project)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Microfinance.sln")))
                return Path.Combine(dir.FullName, "backend", "src", project);
        throw new InvalidOperationException("Microfinance.sln not found");
    }
}
