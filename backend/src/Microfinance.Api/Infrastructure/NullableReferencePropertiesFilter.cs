using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A nullable property whose schema is a reference (<c>LoanInstallmentDto? NextInstallment</c>, <c>Channel? Channel</c>)
/// is documented as <c>type, allOf: [ref], nullable: true</c>: OpenAPI 3.0 ignores <c>nullable</c> beside a bare <c>$ref</c>,
/// so without this the generated clients would not know the API sends <c>null</c> there.
/// </summary>
public sealed class NullableReferencePropertiesFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties }) return;
        var nullability = new NullabilityInfoContext();
        foreach (var member in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            if (properties.TryGetValue(name, out var property) && property is OpenApiSchemaReference reference && IsNullable(member, nullability))
                properties[name] = new OpenApiSchema { AllOf = [reference], Type = TypeOf(member.PropertyType) | JsonSchemaType.Null };
        }
    }

    /// <summary>OpenAPI 3.0 allows <c>nullable</c> only beside a <c>type</c>: an enum is a string in this API's JSON.</summary>
    private static JsonSchemaType TypeOf(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type).IsEnum ? JsonSchemaType.String : JsonSchemaType.Object;

    private static bool IsNullable(PropertyInfo member, NullabilityInfoContext nullability) =>
        Nullable.GetUnderlyingType(member.PropertyType) is not null
        || (!member.PropertyType.IsValueType && nullability.Create(member).ReadState == NullabilityState.Nullable);
}
