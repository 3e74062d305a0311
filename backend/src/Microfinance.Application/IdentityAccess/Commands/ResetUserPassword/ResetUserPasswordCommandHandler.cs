namespace Microfinance.Application.IdentityAccess.Commands.ResetUserPassword;

public sealed class ResetUserPasswordCommandHandler(IIdentityService identity, ITokenService tokens)
    : IRequestHandler<ResetUserPasswordCommand, Unit>
{
    public async Task<Unit> Handle(ResetUserPasswordCommand r, CancellationToken cancellationToken)
    {
        await identity.ResetPasswordAsync(r.Id, r.NewPassword, cancellationToken);
        await tokens.RevokeAllForUserAsync(r.Id, cancellationToken);
        return Unit.Value;
    }
}
