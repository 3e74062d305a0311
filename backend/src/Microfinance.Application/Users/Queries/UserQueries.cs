namespace Microfinance.Application.Users;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record ListUsersQuery(
    string? Search = null, string? Role = null, Guid? BranchId = null, bool? IsActive = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<UserDto>>, IPageRequest;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Role).Must(Roles.IsValid).When(x => x.Role is not null).WithMessage("Unknown role.");
    }
}

public sealed class ListUsersQueryHandler(IIdentityService identity) : IRequestHandler<ListUsersQuery, PagedList<UserDto>>
{
    public Task<PagedList<UserDto>> Handle(ListUsersQuery request, CancellationToken cancellationToken) =>
        identity.ListUsersAsync(request, cancellationToken);
}

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record GetUserQuery(Guid Id) : IRequest<UserDto>;

public sealed class GetUserQueryHandler(IIdentityService identity) : IRequestHandler<GetUserQuery, UserDto>
{
    public async Task<UserDto> Handle(GetUserQuery request, CancellationToken cancellationToken) =>
        await identity.GetUserAsync(request.Id, cancellationToken) ?? throw new NotFoundException("User", request.Id);
}
