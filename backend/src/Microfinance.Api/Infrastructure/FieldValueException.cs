using System.Text.Json;

namespace Microfinance.Api.Infrastructure;

/// <summary>A converter refused a field's value with a message for the reader (already in their language); the serializer adds the path.</summary>
public sealed class FieldValueException(string message) : JsonException(message);
