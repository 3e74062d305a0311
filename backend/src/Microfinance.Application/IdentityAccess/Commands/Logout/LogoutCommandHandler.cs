namespace Microfinance.Application.IdentityAccess.Commands.Logout;

/// <summary>Ends the session everywhere it could continue: the refresh family and the access token in hand.</summary>
public sealed class LogoutCommandHandler(ITokenService tokens, ICurrentUser user) : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        await tokens.RevokeFamilyAsync(request.RefreshToken, user.UserId!.Value, cancellationToken);
        if (user.AccessTokenId is not null && user.AccessTokenExpiresAt is not null)
            await tokens.DenyAccessTokenAsync(user.AccessTokenId, user.AccessTokenExpiresAt.Value, cancellationToken);
        return Unit.Value;
    }
}
