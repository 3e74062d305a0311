namespace Microfinance.Application.Audit.Queries.ListAuditRecords;

public sealed class ListAuditRecordsQueryValidator : AbstractValidator<ListAuditRecordsQuery>
{
    public ListAuditRecordsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Action).MaximumLength(100);
        RuleFor(x => x.EntityType).MaximumLength(100);
        RuleFor(x => x.EntityId).MaximumLength(100);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
