namespace Microfinance.Application.IdentityAccess.Queries.GetCurrentUser;

public sealed class GetCurrentUserQueryHandler(IIdentityService identity, ICurrentUser user)
    : IRequestHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken) =>
        await identity.GetCurrentUserAsync(user.UserId!.Value, cancellationToken)
        ?? throw new UnauthorizedException("The account no longer exists.");
}
