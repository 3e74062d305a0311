using Microfinance.Application.Users;

namespace Microfinance.Application.Auth.Queries.GetCurrentUser;

[Authorize]
public sealed record GetCurrentUserQuery : IRequest<CurrentUserDto>;

public sealed class GetCurrentUserQueryHandler(IIdentityService identity, ICurrentUser user)
    : IRequestHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken) =>
        await identity.GetCurrentUserAsync(user.UserId!.Value, cancellationToken)
        ?? throw new UnauthorizedException("The account no longer exists.");
}
