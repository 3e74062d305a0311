using Microfinance.Domain.IdentityAccess;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// The second security scheme of the document: OAuth 2.0 client credentials for integrators, with the scope catalogue.
/// Each endpoint open to API clients names its scope as a security requirement of that scheme and in its description.
/// </summary>
public static class ApiClientsOpenApi
{
    public const string SchemeName = "ApiClient";

    private static readonly Dictionary<string, string> ScopeDescriptions = new()
    {
        [ApiScopes.ClientsRead] = "Read clients",
        [ApiScopes.ClientsWrite] = "Create and update clients",
        [ApiScopes.AccountsRead] = "Read deposit accounts, statements, movements and deposit products",
        [ApiScopes.DepositsWrite] = "Deposit on an account",
        [ApiScopes.LoansRead] = "Read loans, schedules, repayments and loan products; simulate a loan",
        [ApiScopes.RepaymentsWrite] = "Record a loan repayment",
        [ApiScopes.PaymentsRead] = "Read mobile-money payments and providers",
        [ApiScopes.PaymentsWrite] = "Start a mobile-money payment and ask its status",
        [ApiScopes.TontinesRead] = "Read tontines, adhesions, participants, booklets and contributions",
        [ApiScopes.TontinesWrite] = "Request a tontine adhesion, pay its fee, record a contribution",
        [ApiScopes.ReportsRead] = "Read the dashboard, the reports and their exports (read-only, institution-wide)",
    };

    public static void AddApiClientsScheme(this SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "For integrators: an API client registered by the institution's SfdAdmin gets a short-lived token from " +
                          "POST /api/v1/auth/token (client credentials). An endpoint open to API clients names the scope it needs; " +
                          "every other endpoint answers 403 to a client's token.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/api/v1/auth/token", UriKind.Relative),
                    Scopes = ApiScopes.All.ToDictionary(s => s, s => ScopeDescriptions[s]),
                },
            },
        });
        options.OperationFilter<ScopeRequirementFilter>();
    }

    private sealed class ScopeRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || metadata.OfType<RequiredScopeMetadata>().FirstOrDefault() is not { } required) return;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [required.Scope] });
            var note = $"API clients: scope `{required.Scope}`.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? note : operation.Description + " " + note;
        }
    }
}
