using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Application.Common.Localization;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Enums are strings on the wire, and only the names they have: a number (<c>"channel": 2</c>) or an unknown word
/// (<c>"Especes"</c>) is refused with a message naming the allowed values, instead of being read as the enum's first
/// value or as an undefined number. Registered before a <see cref="JsonStringEnumConverter"/>, which then never runs
/// but tells Swagger that enums are strings.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Strict<>).MakeGenericType(typeToConvert))!;

    private sealed class Strict<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly string Allowed = string.Join(", ", Enum.GetNames<T>());

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new FieldValueException(Localizer.Format("Use one of these words (as text): {0}.", [Allowed]));
            var text = reader.GetString()!;
            // Enum.TryParse also takes "2" and "A, B": neither is a name.
            if (text.Length > 0 && char.IsLetter(text[0]) && !text.Contains(',') && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
                return value;
            throw new FieldValueException(Localizer.Format("'{0}' is not one of: {1}.", [text, Allowed]));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
