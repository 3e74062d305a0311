namespace Microfinance.Application.IdentityAccess.Queries.ListUsers;

public sealed class ListUsersQueryHandler(IIdentityService identity) : IRequestHandler<ListUsersQuery, PagedList<UserDto>>
{
    public Task<PagedList<UserDto>> Handle(ListUsersQuery request, CancellationToken cancellationToken) =>
        identity.ListUsersAsync(request, cancellationToken);
}
