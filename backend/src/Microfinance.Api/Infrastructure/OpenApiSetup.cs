using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
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
            });
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
            options.OperationFilter<CamelCaseQueryParametersFilter>();
            options.OperationFilter<IdempotencyKeyHeaderFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.CustomSchemaIds(type => type.IsGenericType
                ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Join("And", type.GetGenericArguments().Select(a => a.Name))
                : type.Name);
        });
        return services;
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

    /// <summary>Request examples for the calls an integrator tries first.</summary>
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
