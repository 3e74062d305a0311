namespace Microfinance.Application.IdentityAccess.Queries.ListInstitutions;

public sealed class ListInstitutionsQueryValidator : AbstractValidator<ListInstitutionsQuery>
{
    public ListInstitutionsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
