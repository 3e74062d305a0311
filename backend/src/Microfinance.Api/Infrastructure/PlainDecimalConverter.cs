using System.Text.Json;
using System.Text.Json.Serialization;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Writes amounts without the storage scale: PostgreSQL's numeric(19,4) reads back as 50000.0000, which integrators
/// should see as 50000. The value is unchanged; only trailing zeros go.
/// </summary>
public sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
}
