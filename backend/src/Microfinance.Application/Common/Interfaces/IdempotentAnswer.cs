namespace Microfinance.Application.Common.Interfaces;

/// <summary>A handler's response to a request, as stored for replays: the request's hash and the response as JSON.</summary>
public sealed record IdempotentAnswer(string RequestHash, string ResponseJson);
