namespace Microfinance.Application.IdentityAccess.Queries.GetUser;

public sealed class GetUserQueryHandler(IIdentityService identity) : IRequestHandler<GetUserQuery, UserDto>
{
    public async Task<UserDto> Handle(GetUserQuery request, CancellationToken cancellationToken) =>
        await identity.GetUserAsync(request.Id, cancellationToken) ?? throw new NotFoundException("User", request.Id);
}
