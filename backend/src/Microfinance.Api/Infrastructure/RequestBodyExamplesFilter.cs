using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Gives every request body an example. The hand-written ones (<see cref="OpenApiSetup"/>'s schema filter) come first;
/// any body still without one gets an example built from its own schema — so it always fits the schema, whatever the JSON
/// options are — with realistic West-African values chosen by property name: XOF amounts in whole francs, E.164 phone
/// numbers, ISO dates, enum values as strings.
/// </summary>
public sealed class RequestBodyExamplesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var bodies = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>());
        foreach (var media in bodies)
        {
            if (media.Example is not null || media.Examples is { Count: > 0 }) continue;
            switch (media.Schema)
            {
                case OpenApiSchemaReference reference when reference.Reference.Id is { } id
                                                           && components.TryGetValue(id, out var target) && target is OpenApiSchema schema:
                    if (schema.Examples is not { Count: > 0 } && OpenApiExamples.Build(id, schema, components) is { } example)
                        schema.Examples = [example];
                    break;
                case OpenApiSchema inline when media is OpenApiMediaType concrete:
                    concrete.Example = OpenApiExamples.Build("", inline, components);
                    break;
            }
        }
    }
}
