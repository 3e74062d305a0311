namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

public sealed class ListAuditRecordsQueryValidator : AbstractValidator<ListAuditRecordsQuery>
{
    public ListAuditRecordsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Action).Must(a => AuditCatalogue.IsKnownAction(a!)).When(x => !string.IsNullOrWhiteSpace(x.Action))
            .WithLocalizedMessage("Not an action the audit trail records (GET /api/v1/audit/catalogue lists them).");
        RuleFor(x => x.EntityType).Must(t => AuditCatalogue.IsKnownEntityType(t!)).When(x => !string.IsNullOrWhiteSpace(x.EntityType))
            .WithLocalizedMessage("Not an entity type the audit trail records (GET /api/v1/audit/catalogue lists them).");
        RuleFor(x => x.EntityId).MaximumLength(100);
        RuleFor(x => x.Actor).MaximumLength(256);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
