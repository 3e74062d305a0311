using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microfinance.Api.Endpoints;
using Microfinance.Api.Hubs;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Localization;
using Microfinance.Application.Common.Money;
using Microfinance.Infrastructure.Identity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Microfinance.Api.Infrastructure;

public static class WebApiSetup
{
    private const string CorsPolicy = "spa";
    private const long MaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(p => p.GetRequiredService<CurrentUser>());
        services.AddScoped<IUserImpersonation>(p => p.GetRequiredService<CurrentUser>());
        services.Configure<JsonOptions>(o =>
        {
            // Enums are their names only; a field the request does not have, or a required one left out, is a 400
            // naming it (BadRequestProblems) — never a silent default.
            o.SerializerOptions.Converters.Add(new StrictEnumConverter());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new PlainDecimalConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequiredParameters.Mark } };
        });
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o =>
        {
            o.JsonSerializerOptions.Converters.Add(new StrictEnumConverter());
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(_ => { });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            // The framework's own titles (a 404 of routing, a 405) in the reader's language too.
            if (problem.Title is { } title) problem.Title = Localizer.Format(title, []);
            problem.Extensions["correlationId"] = context.HttpContext.TraceIdentifier;
            problem.Extensions.TryAdd("code", problem.Status switch
            {
                401 => "unauthorized",
                403 => "forbidden",
                404 => "not_found",
                405 => "method_not_allowed",
                413 => "payload_too_large",
                415 => "unsupported_media_type",
                _ => "error",
            });
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<Application.Sync.IOperationProblems, OperationProblems>();

        services.AddOptions<LoginRateLimitOptions>().Bind(configuration.GetSection(LoginRateLimitOptions.Section));
        services.AddOptions<OperationLimits>().Bind(configuration.GetSection(OperationLimits.Section));
        services.AddOptions<Application.Notifications.Commands.SendReminders.RemindersOptions>()
            .Bind(configuration.GetSection(Application.Notifications.Commands.SendReminders.RemindersOptions.Section));
        services.AddOptions<Application.Loans.Commands.EndOfDay.EndOfDayOptions>().Bind(configuration.GetSection(Application.Loans.Commands.EndOfDay.EndOfDayOptions.Section));
        services.AddOptions<Application.Deposits.Commands.PostSavingsInterest.SavingsInterestOptions>()
            .Bind(configuration.GetSection(Application.Deposits.Commands.PostSavingsInterest.SavingsInterestOptions.Section));
        services.AddScoped<IdempotencyFilter>();
        services.AddSingleton<LoginRateLimiter>();
        services.AddOptions<WebhookRateLimitOptions>().Bind(configuration.GetSection(WebhookRateLimitOptions.Section));
        services.AddSingleton<WebhookRateLimiter>();
        services.AddApiClients();

        var origins = AllowedOrigins(configuration);
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(CorrelationIdMiddleware.HeaderName, "Retry-After", "Content-Disposition", "Content-Location")));

        services.AddOpenApiDocument();
        services.AddPrometheusMetrics(configuration);
        AddLiveNotifications(services, configuration);
        AddTrustedProxies(services, configuration);
        return services;
    }

    /// <summary>
    /// Behind the load balancer (docker-compose.yml, docs/operations.md) every request comes from the proxy: the client's
    /// address — the sign-in limit's key, the audit trail's IP — is read from X-Forwarded-For, but only when the request
    /// comes from one of <c>ForwardedHeaders:KnownNetworks</c> (CIDR, comma-separated). Unset: the headers are ignored.
    /// </summary>
    private static void AddTrustedProxies(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["ForwardedHeaders:KnownNetworks"] is not { Length: > 0 } networks) return;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    public static WebApplication UseWebApi(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        // Messages follow Accept-Language: French unless the caller asks for English (docs/adr/0016). Only the UI
        // culture changes; numbers and dates written to the database never depend on the reader.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo("fr")),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [new CultureInfo("fr"), new CultureInfo("en")],
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        });
        app.UseIdempotencyBuffering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsPolicy);
        app.UsePrometheusMetrics();

        app.UseSwagger();
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "Microfinance API v1"));

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiClientScopes();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapHub<NotificationsHub>(HubPaths.Notifications);

        var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter<StringEnumQueryFilter>();
        // One endpoints file per bounded context, named like the context in every layer.
        api.MapIdentityAccessEndpoints();
        api.MapAuditEndpoints();
        api.MapAnomaliesEndpoints();
        api.MapClientsEndpoints();
        api.MapAccountingEndpoints();
        api.MapDepositsEndpoints();
        api.MapLoansEndpoints();
        api.MapPaymentsEndpoints();
        api.MapTontinesEndpoints();
        api.MapTreasuryEndpoints();
        api.MapReportingEndpoints();
        api.MapNotificationsEndpoints();
        api.MapSyncEndpoints();

        ServeSpa(app);
        return app;
    }

    /// <summary>
    /// Serves the built SPA (Spa:RootPath) with client-side routes falling back to index.html. Its files go out gzipped
    /// (a phone on a slow link downloads a third of the bytes); hashed assets are cached for a year, everything else
    /// (index.html, the service worker sw.js, the manifest) is revalidated on each load, so a deployment shows at once.
    /// </summary>
    private static void ServeSpa(WebApplication app)
    {
        var root = app.Configuration["Spa:RootPath"];
        if (string.IsNullOrWhiteSpace(root)) return;
        var path = Path.GetFullPath(root, app.Environment.ContentRootPath);
        if (!File.Exists(Path.Combine(path, "index.html")))
        {
            app.Logger.LogWarning("Spa:RootPath {Path} has no index.html; the SPA is not served", path);
            return;
        }
        var files = new PhysicalFileProvider(path);
        // Only the SPA's own files: they hold no secret, so compressing them over HTTPS opens no BREACH-style leak; the
        // API's answers (tokens, personal data) are never compressed.
        var compression = new ResponseCompressionProvider(app.Services, Options.Create(new ResponseCompressionOptions
        {
            EnableForHttps = true,
            Providers = { new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions { Level = CompressionLevel.Optimal })) },
            MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/manifest+json", "image/svg+xml"],
        }));
        app.UseWhen(context => !IsServerPath(context.Request.Path), spa => spa.UseMiddleware<ResponseCompressionMiddleware>(compression));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(SpaFileOptions(files));
        // Only paths without a file extension (client routes) fall back, and never the API's own prefixes: a missing
        // asset is a 404, and an unknown /api route stays a problem document.
        app.MapFallbackToFile("{*path:regex(^(?!api/|hubs/|swagger|health|metrics).*$):nonfile}", "index.html", SpaFileOptions(files));
    }

    private static readonly string[] ServerPaths = ["/api", "/hubs", "/swagger", "/health", "/metrics"];

    private static bool IsServerPath(PathString path) => ServerPaths.Any(prefix => path.StartsWithSegments(prefix));

    private static StaticFileOptions SpaFileOptions(PhysicalFileProvider files)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        };
    }

    /// <summary>
    /// SignalR for the notifications hub, its payloads shaped like the REST API's (camelCase, enums by name); with
    /// <c>Redis:Connection</c>, a push from one instance reaches a user connected to any other (docs/notifications.md).
    /// </summary>
    private static void AddLiveNotifications(IServiceCollection services, IConfiguration configuration)
    {
        // Clients only listen: what they send (handshake, pings) is tiny.
        var signalR = services.AddSignalR(o => o.MaximumReceiveMessageSize = 4 * 1024).AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        if (configuration["Redis:Connection"] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("microfinance"));
        services.AddSingleton<INotificationPush, SignalRNotificationPush>();
    }

    private static string[] AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cors:AllowedOrigins");
        var values = section.Get<string[]>() ?? [];
        if (values.Length == 0 && section.Value is { } single) values = [single];
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
    }
}
