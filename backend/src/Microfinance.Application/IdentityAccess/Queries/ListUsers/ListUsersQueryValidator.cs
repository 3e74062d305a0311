namespace Microfinance.Application.IdentityAccess.Queries.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Role).Must(Roles.IsValid).When(x => x.Role is not null).WithLocalizedMessage("Unknown role.");
    }
}
