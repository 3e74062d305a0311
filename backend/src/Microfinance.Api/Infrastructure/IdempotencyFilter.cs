using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Idempotency;
namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Reads the Idempotency-Key header of an endpoint that accepts one: checks its form, hashes the request (method, path,
/// body) and hands both to the pipeline (<see cref="IdempotencyKey"/>), where IdempotencyBehaviour does the rest inside the
/// command's transaction (ADR 0009). Marks a replayed answer with <c>Idempotent-Replayed: true</c>.
/// </summary>
public sealed partial class IdempotencyFilter(IdempotencyKey idempotencyKey) : IEndpointFilter
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

        idempotencyKey.Set(key, await HashRequestAsync(http.Request));
        var result = await next(context);
        if (idempotencyKey.Replayed) http.Response.Headers[ReplayedHeader] = "true";
        return result;
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var prefix = Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. buffer.ToArray()]));
    }

    [GeneratedRegex(IdempotencyKey.Pattern)]
    private static partial Regex SafeKey();
}
