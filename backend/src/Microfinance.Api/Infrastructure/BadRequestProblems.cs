using System.Text.Json;
using System.Text.RegularExpressions;
using Microfinance.Application.Common.Localization;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A request that could not even be read — malformed JSON, a string for a number, an unknown enum word, a missing
/// field, an unknown field, no body, a query parameter of the wrong type — becomes a 400 whose <c>errors</c> name the
/// field (its JSON path, as <c>amount</c> or <c>lines[0].debit</c>) and say what is allowed, in the reader's language.
/// </summary>
public static partial class BadRequestProblems
{
    /// <summary>The errors of a request that failed to bind, by field.</summary>
    public static Dictionary<string, string[]> ErrorsOf(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json) return FromJson(json, BodyType().Match(e.Message).Groups["type"].Value);
        if (RequiredBody().IsMatch(e.Message)) return One("$", Localizer.Format("A JSON body is required.", []));
        if (QueryBinding().Match(e.Message) is { Success: true } query)
            return One(JsonNamingPolicy.CamelCase.ConvertName(query.Groups["name"].Value), Expected(query.Groups["type"].Value.TrimEnd('?'), query.Groups["value"].Value));
        return One("$", Localizer.Format("The request could not be read.", []));
    }

    private static Dictionary<string, string[]> FromJson(JsonException e, string bodyType)
    {
        var path = Field(e.Path);
        if (e is FieldValueException) return One(path, e.Message);
        if (MissingRequired().Match(e.Message) is { Success: true } missing)
            return Quoted().Matches(missing.Groups["names"].Value)
                .ToDictionary(m => Join(path, m.Groups[1].Value), _ => new[] { Localizer.Format("This field is required.", []) });
        if (Unmapped().Match(e.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            return One(Join(path == "$" || path.EndsWith(name, StringComparison.Ordinal) ? Parent(path) : path, name),
                Localizer.Format("This request has no field '{0}'.", [name]));
        }
        // The serializer names the type it was reading, which for a record is the record, not the field: the field's
        // type is found by walking the path through the request type.
        if (Conversion().IsMatch(e.Message) && path != "$" && FieldType(bodyType, path) is { } fieldType)
            return One(path, Expected(fieldType.Name, null));
        return One("$", Localizer.Format("The body is not valid JSON (line {0}, position {1}).", [(e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1]));
    }

    /// <summary>The type of the field at <paramref name="path"/> ("lines[0].debit") in the request type named <paramref name="bodyType"/>.</summary>
    private static Type? FieldType(string bodyType, string path)
    {
        if (!Types.Value.TryGetValue(bodyType, out var type)) return null;
        foreach (var segment in path.Split('.'))
        {
            var name = Index().Replace(segment, "");
            var property = type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            if (property is null) return null;
            type = property.PropertyType;
            if (segment.EndsWith(']') && type.IsGenericType) type = type.GetGenericArguments()[0];
            type = Nullable.GetUnderlyingType(type) ?? type;
        }
        return type;
    }

    /// <summary>What a field of this type accepts, as the reader would write it.</summary>
    private static string Expected(string type, string? value)
    {
        var name = NullableOf().Match(type) is { Success: true } n ? n.Groups[1].Value : type;
        name = name[(name.LastIndexOf('.') + 1)..];
        if (Types.Value.TryGetValue(name, out var enumType) && enumType.IsEnum)
            return value is null
                ? Localizer.Format("Use one of these words (as text): {0}.", [string.Join(", ", Enum.GetNames(enumType))])
                : Localizer.Format("'{0}' is not one of: {1}.", [value, string.Join(", ", Enum.GetNames(enumType))]);
        return name switch
        {
            "Decimal" or "decimal" or "Double" or "double" => Localizer.Format("Expected a number, such as 50000.", []),
            "Int32" or "int" or "Int64" or "long" => Localizer.Format("Expected a whole number.", []),
            "DateOnly" => Localizer.Format("Expected a date as YYYY-MM-DD, such as 2026-12-03.", []),
            "DateTimeOffset" or "DateTime" => Localizer.Format("Expected a date and time in ISO 8601, such as 2026-12-03T09:30:00Z.", []),
            "Guid" => Localizer.Format("Expected an id (a UUID).", []),
            "Boolean" or "bool" => Localizer.Format("Expected true or false.", []),
            "String" or "string" => Localizer.Format("Expected text.", []),
            _ when name.StartsWith("IReadOnlyList", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal)
                => Localizer.Format("Expected a list.", []),
            _ => Localizer.Format("Expected an object.", []),
        };
    }

    /// <summary>Our types by simple name (request types and enums are named once).</summary>
    private static readonly Lazy<Dictionary<string, Type>> Types = new(() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name?.StartsWith("Microfinance.", StringComparison.Ordinal) == true)
        .SelectMany(a => a.GetTypes()).Where(t => t.IsPublic)
        .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First()));

    private static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    /// <summary>"$.lines[0].debit" → "lines[0].debit"; the body itself is "$".</summary>
    private static string Field(string? path) => path is null or "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Join(string parent, string name) => parent == "$" ? JsonNamingPolicy.CamelCase.ConvertName(name) : $"{parent}.{JsonNamingPolicy.CamelCase.ConvertName(name)}";

    private static string Parent(string path) => path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : "$";

    [GeneratedRegex("^Required parameter \".*\" was not provided from body")]
    private static partial Regex RequiredBody();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex QueryBinding();

    [GeneratedRegex("missing required properties including: (?<names>.*)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex("could not be converted to")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^(?:System\.)?Nullable(?:`1)?[<\[](.+)[>\]]$")]
    private static partial Regex NullableOf();

    [GeneratedRegex("^Failed to read parameter \"(?<type>[^ \"]+) ")]
    private static partial Regex BodyType();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
