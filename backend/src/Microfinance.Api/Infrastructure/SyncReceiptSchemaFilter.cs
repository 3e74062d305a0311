using Microfinance.Application.Clients;
using Microfinance.Application.Deposits;
using Microfinance.Application.Loans;
using Microfinance.Application.Sync;
using Microfinance.Application.Tontines;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// A sync result's receipt is one of the single endpoints' answers (its C# type is <c>object</c>): documented as one of
/// them, so the SPA's generated types know each receipt's fields.
/// </summary>
public sealed class SyncReceiptSchemaFilter : ISchemaFilter
{
    private static readonly Type[] Receipts = [typeof(TransactionDto), typeof(LoanRepaymentDto), typeof(ContributionReceiptDto), typeof(ClientDto)];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(SyncResultDto) || schema is not OpenApiSchema { Properties: { } properties }) return;
        properties["receipt"] = new OpenApiSchema
        {
            Description = "Synced: the single endpoint's answer (a deposit's TransactionDto, a repayment's LoanRepaymentDto, a contribution's " +
                          "ContributionReceiptDto, a new client's ClientDto); null when refused.",
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            OneOf = Receipts.Select(t => context.SchemaGenerator.GenerateSchema(t, context.SchemaRepository)).ToList(),
        };
    }
}
