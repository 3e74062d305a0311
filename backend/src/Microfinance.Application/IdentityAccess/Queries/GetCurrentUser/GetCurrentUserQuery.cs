namespace Microfinance.Application.IdentityAccess.Queries.GetCurrentUser;

[Authorize]
public sealed record GetCurrentUserQuery : IRequest<CurrentUserDto>;
