namespace Microfinance.Application.IdentityAccess.Queries.GetUser;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record GetUserQuery(Guid Id) : IRequest<UserDto>;
