using System.Reflection;

namespace Microfinance.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute? Rule = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Rule is not null)
        {
            if (!user.IsAuthenticated)
                throw new UnauthorizedException();
            if (Rule.Roles.Count > 0 && (user.Role is null || !Rule.Roles.Contains(user.Role)))
                throw new ForbiddenAccessException();
        }
        return next();
    }
}
