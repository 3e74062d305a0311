using System.Text.Json;
using Microfinance.Application.Common.Idempotency;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Common.Behaviours;

/// <summary>
/// Inside the command's transaction: a command sent with an Idempotency-Key runs once. The first response is stored with
/// the commit; the same key and request again get that response back (the endpoint turns it into the same status, body
/// and Location) and nothing runs; the same key with another request is refused (422); the same key while the first
/// request still runs is refused (409). Stripe's semantics, ADR 0009.
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(IdempotencyKey key, IIdempotencyStore store, IAuditTrail audit)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>Storage format of the responses: System.Text.Json's defaults, read back by the same options.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (key.Value is not { } value || request is not ICommand<TResponse>) return await next();

        if (await store.TakeAsync(value, cancellationToken) is { } first)
        {
            if (first.RequestHash != key.RequestHash)
                throw new DomainException("idempotency_key_reused", "This Idempotency-Key was used for a different request.");
            key.Replayed = true;
            audit.Describe(AuditActions.Of(typeof(TRequest)) + "Replayed", new { idempotencyKey = value });
            return JsonSerializer.Deserialize<TResponse>(first.ResponseJson, Json)!;
        }

        var response = await next();
        store.Remember(value, new IdempotentAnswer(key.RequestHash, JsonSerializer.Serialize(response, Json)));
        return response;
    }
}
