using System.Text.Json.Serialization.Metadata;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Required means required: a request's constructor parameter that is neither nullable nor given a default must be in
/// the JSON (a deposit without <c>channel</c> used to be booked as Cash, a client without <c>gender</c> saved as Female).
/// A nullable one (<c>string? Email</c>) stays optional, as the OpenAPI document says.
/// </summary>
public static class RequiredParameters
{
    public static void Mark(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
                property.IsRequired = true;
    }
}
