using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

public static class OpenApiSetup
{
    public const string SchemeName = "Bearer";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Microfinance API",
                Version = "v1",
                Description = "Core banking for West-African microfinance institutions. Errors are RFC 9457 problem details " +
                              "with a stable `code`; send `X-Correlation-Id` to trace a request.",
                License = new OpenApiLicense { Name = "Apache-2.0" },
                Contact = new OpenApiContact { Name = "Microfinance API maintainers" },
            });
            // Relative: the API is served by the host that serves this document (and the SPA).
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host serving this document" });
            options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken returned by POST /api/v1/auth/login.",
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<BearerRequirementFilter>();
            options.AddApiClientsScheme();
            options.OperationFilter<CamelCaseQueryParametersFilter>();
            options.OperationFilter<IdempotencyKeyHeaderFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.OperationFilter<FileResponsesFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<OpenApiRequiredFromConstructorFilter>();
            options.SchemaFilter<NullableReferencePropertiesFilter>();
            options.SchemaFilter<SyncReceiptSchemaFilter>();
            options.DocumentFilter<RequestBodyExamplesFilter>();
            options.CustomOperationIds(OperationId);
            options.CustomSchemaIds(type => type.IsGenericType
                ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Join("And", type.GetGenericArguments().Select(a => a.Name))
                : type.Name);
        });
        return services;
    }

    /// <summary>
    /// A stable operationId from the method and the route: <c>GET /api/v1/clients/{id}</c> is <c>getClientsById</c>,
    /// <c>POST /api/v1/loans/{id}/repayments</c> is <c>postLoansByIdRepayments</c>. Unique because method + route is.
    /// </summary>
    private static string OperationId(ApiDescription api)
    {
        var segments = (api.RelativePath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(s => s == "api" || (s.Length > 1 && s[0] == 'v' && s[1..].All(char.IsAsciiDigit)))
            .Select(s => s.StartsWith('{')
                ? "By" + Pascal(s.Trim('{', '}').Split(':', '=', '?')[0])
                : Pascal(s));
        return (api.HttpMethod ?? "get").ToLowerInvariant() + string.Concat(segments);

        static string Pascal(string segment) => string.Concat(segment
            .Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    /// <summary>Marks every endpoint that is not anonymous as needing the bearer token.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any()) return;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
    }

    /// <summary>Query objects bind case-insensitively; document their parameters in the API's camelCase.</summary>
    private sealed class CamelCaseQueryParametersFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }
    }

    /// <summary>Documents the Idempotency-Key header on the endpoints that honour it.</summary>
    private sealed class IdempotencyKeyHeaderFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpointMetadata>().Any()) return;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyFilter.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A key of your choice (e.g. a UUID), unique per operation: a retry with the same key and body replays the " +
                              "first answer and moves no money; the same key with another body is 422; while the first is running, 409.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
            });
        }
    }

    /// <summary>
    /// Says what each problem response means (instead of the bare reason phrase) and documents 429's Retry-After header.
    /// The responses themselves come from <c>ProducesErrors</c>, <c>ProducesProblem</c> and <c>ProducesValidationProblem</c>.
    /// </summary>
    private sealed class ProblemResponsesFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            var idempotent = metadata.OfType<IdempotentEndpointMetadata>().Any();
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse concrete) continue;
                var validation = concrete.Content?.Values.Any(m => m.Schema is OpenApiSchemaReference { Reference.Id: "HttpValidationProblemDetails" }) == true;
                var description = status switch
                {
                    "400" when validation => "The request is invalid: `errors` maps each field or parameter to its messages (code `validation_failed`).",
                    "400" => "The request could not be read (code `bad_request`).",
                    "401" when anonymous => "Authentication failed (code `unauthorized`).",
                    "401" => "The bearer token is missing, expired or revoked (code `unauthorized`).",
                    "403" => "Your role may not do this (code `forbidden`).",
                    "404" => "Nothing with this id in your institution (code `not_found`).",
                    "409" when idempotent => "Conflicts with existing data or the resource's current state (`code` says which), " +
                                             "or a request with the same Idempotency-Key is still running.",
                    "409" => "Conflicts with existing data or the resource's current state; `code` says which.",
                    "422" when idempotent => "A business rule refuses the operation (`code` names it), " +
                                             "or the Idempotency-Key was already used with another body.",
                    "422" => "A business rule refuses the operation; `code` names it.",
                    "429" => "Too many attempts: retry after the number of seconds in Retry-After; `code` says which limit was hit.",
                    _ => null,
                };
                if (description is not null) concrete.Description = description;
                if (status == "429")
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before trying again.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    };
                }
            }
        }
    }

    /// <summary>
    /// A file answer (CSV, XLSX, PDF) is bytes, not the JSON schema the same status carries for <c>application/json</c>
    /// (a report answers either, by <c>format</c> or <c>Accept</c>).
    /// </summary>
    private sealed class FileResponsesFilter : IOperationFilter
    {
        private static readonly HashSet<string> FileTypes = [.. Application.Reporting.ReportFormats.ContentTypes.Values];

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
                foreach (var media in (response.Content ?? new Dictionary<string, IOpenApiMediaType>()).Where(c => FileTypes.Contains(c.Key)))
                    if (media.Value is OpenApiMediaType concrete)
                        concrete.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        }
    }

    /// <summary>Hand-written request examples for the calls an integrator tries first; <see cref="RequestBodyExamplesFilter"/> gives every other body one.</summary>
    private sealed class ExampleSchemaFilter : ISchemaFilter
    {
        private static readonly Dictionary<string, Func<JsonNode>> Examples = new()
        {
            ["LoginCommand"] = () => new JsonObject { ["username"] = "sfd.admin", ["password"] = "Demo#2026" },
            ["RefreshTokenCommand"] = () => new JsonObject { ["refreshToken"] = "q0JbV0p1m3Yb0gq9Qy1S2bA7uYtq9s4qJm6d8mXr2aE" },
            ["LogoutCommand"] = () => new JsonObject { ["refreshToken"] = "q0JbV0p1m3Yb0gq9Qy1S2bA7uYtq9s4qJm6d8mXr2aE" },
            ["CreateBranchCommand"] = () => new JsonObject { ["code"] = "PNV", ["name"] = "Agence Porto-Novo", ["address"] = "Boulevard Lagunaire" },
            ["CreateUserCommand"] = () => new JsonObject
            {
                ["username"] = "a.houngbo",
                ["displayName"] = "Adjoua Houngbo",
                ["email"] = "a.houngbo@example.org",
                ["phoneNumber"] = "+22997000000",
                ["role"] = "Agent",
                ["branchId"] = null,
                ["password"] = "Changez#2026",
            },
            ["CreateInstitutionCommand"] = () => new JsonObject
            {
                ["name"] = "Coopérative Espoir",
                ["code"] = "ESPOIR",
                ["currencyCode"] = "XOF",
                ["timeZone"] = "Africa/Abidjan",
                ["adminUsername"] = "espoir.admin",
                ["adminDisplayName"] = "Salif Ouédraogo",
                ["adminEmail"] = null,
                ["adminPassword"] = "Changez#2026",
            },
            ["TokenResponse"] = () => new JsonObject
            {
                ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                ["refreshToken"] = "q0JbV0p1m3Yb0gq9Qy1S2bA7uYtq9s4qJm6d8mXr2aE",
                ["expiresIn"] = 900,
                ["tokenType"] = "Bearer",
            },
        };

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type.Name, out var example))
                concrete.Examples = [example()];
        }
    }
}
