namespace Microfinance.Api.Infrastructure;

public sealed class IdempotentEndpointMetadata;
