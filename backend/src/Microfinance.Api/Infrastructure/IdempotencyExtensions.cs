namespace Microfinance.Api.Infrastructure;

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
