using System.Reflection;
using System.Text.Json;
using Microfinance.Application.Common.Exceptions;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Enums are words in query strings too: the framework binds <c>?status=2</c> with <c>Enum.TryParse</c>, which takes
/// numbers. A number given for an enum-typed query parameter (of an <c>[AsParameters]</c> query object) is refused by
/// name, with the allowed words (ADR 0016).
/// </summary>
public sealed class StringEnumQueryFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (key, values) in context.HttpContext.Request.Query)
        {
            if (!values.Any(v => v is { Length: > 0 } && (char.IsDigit(v[0]) || v[0] is '-' or '+'))) continue;
            if (EnumTypeOf(key, context.Arguments) is { } enumType)
                throw new ValidationException(JsonNamingPolicy.CamelCase.ConvertName(key), "Use one of these words (as text): {0}.",
                    string.Join(", ", Enum.GetNames(enumType)));
        }
        return next(context);
    }

    private static Type? EnumTypeOf(string key, IEnumerable<object?> arguments) => arguments
        .Select(a => a?.GetType().GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType)
        .Select(t => t is null ? null : Nullable.GetUnderlyingType(t) ?? t)
        .FirstOrDefault(t => t is { IsEnum: true });
}
