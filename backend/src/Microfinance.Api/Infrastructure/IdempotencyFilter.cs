using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Common;
using Microfinance.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Idempotency-Key on money POSTs, with Stripe's semantics: the same key and body replay the first answer (same status
/// and body) and move nothing; the same key with another body is 422; the same key while the first request still runs
/// is 409. The key is taken, the work done and the answer stored in one database transaction, so a failure stores
/// nothing and the request can be retried with the same key.
/// </summary>
public sealed partial class IdempotencyFilter(IUnitOfWork unitOfWork, IdempotencyStore store, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (key.Length == 0) return await next(context);
        if (!SafeKey().IsMatch(key))
            throw new ValidationException(HeaderName, "Use 1 to 100 letters, digits, '-', '_', '.' or ':'.");

        var requestHash = await HashRequestAsync(http.Request);
        return await unitOfWork.ExecuteInTransactionAsync<object?>(async () =>
        {
            var (taken, first) = await store.TakeAsync(key, http.RequestAborted);
            if (!taken)
                throw new ConflictException("idempotency_key_in_use", "A request with this Idempotency-Key is still being processed.");
            if (first is not null)
            {
                if (first.RequestHash != requestHash)
                    throw new DomainException("idempotency_key_reused", "This Idempotency-Key was used for a different request.");
                http.Response.Headers[ReplayedHeader] = "true";
                if (first.Location is not null) http.Response.Headers.Location = first.Location;
                return Results.Text(first.ResponseBody, "application/json", Encoding.UTF8, first.StatusCode);
            }

            var result = await next(context);
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            var body = JsonSerializer.Serialize((result as IValueHttpResult)?.Value, json.Value.SerializerOptions);
            var location = LocationOf(result);
            store.Remember(key, requestHash, status, body, location);
            return result;
        }, http.RequestAborted);
    }

    /// <summary>Created and Accepted results carry a Location to replay too.</summary>
    private static string? LocationOf(object? result) => result?.GetType().GetProperty("Location")?.GetValue(result) as string;

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var prefix = Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. buffer.ToArray()]));
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,100}$")]
    private static partial Regex SafeKey();
}

public static class IdempotencyExtensions
{
    /// <summary>Accepts an Idempotency-Key on this endpoint (documented in Swagger as a header parameter).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new IdempotentEndpointMetadata());

    /// <summary>Buffers the body of requests carrying an Idempotency-Key so the filter can hash it after model binding.</summary>
    public static IApplicationBuilder UseIdempotencyBuffering(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey(IdempotencyFilter.HeaderName)) context.Request.EnableBuffering();
            return next(context);
        });
}

public sealed class IdempotentEndpointMetadata;
