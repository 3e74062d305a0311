namespace Microfinance.Api.Infrastructure;

/// <summary>
/// The headers every answer carries, the API's JSON as the SPA's pages and Swagger's (docs/security.md, "Headers"). The
/// built SPA has no inline script, so scripts come from this origin only; styles allow inline ones, which React's
/// <c>style</c> attributes (charts, progress bars) need. The service worker and the web app manifest come from this
/// origin only (said outright, not left to the fallbacks). Nothing may frame a page. HSTS in Production, whatever the
/// request's scheme: TLS ends at the proxy in front, and the browser only heeds HSTS received over HTTPS anyway.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IHostEnvironment environment)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private readonly bool _hsts = environment.IsProduction();

    public Task InvokeAsync(HttpContext context)
    {
        // At the answer's start: the exception handler clears the headers set before it.
        context.Response.OnStarting(() =>
        {
            Write(context.Response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Write(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        if (_hsts) headers.StrictTransportSecurity = StrictTransportSecurity;
    }
}
