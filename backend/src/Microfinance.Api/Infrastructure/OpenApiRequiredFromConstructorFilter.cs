using System.Reflection;
using System.Text.Json;
using MediatR;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A request's <c>required</c> list says what the API really requires (<see cref="RequiredParameters"/>): each
/// constructor parameter that is neither nullable nor given a default — a defaulted one (<c>int GracePeriods = 0</c>) is
/// optional even though its type is not nullable.
/// </summary>
public sealed class OpenApiRequiredFromConstructorFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } concrete) return;
        if (!context.Type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))) return;
        var constructor = context.Type.GetConstructors().MaxBy(c => c.GetParameters().Length);
        if (constructor is null || constructor.GetParameters().Length == 0) return;

        var required = constructor.GetParameters()
            .Where(p => !p.HasDefaultValue && !IsNullable(p, new NullabilityInfoContext()))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!))
            .Where(properties.ContainsKey)
            .ToHashSet();
        concrete.Required = required.Count > 0 ? required : null;
    }

    /// <summary>A fresh <paramref name="nullability"/> per use: the context is not thread-safe.</summary>
    private static bool IsNullable(ParameterInfo parameter, NullabilityInfoContext nullability) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || (!parameter.ParameterType.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.Nullable);
}
