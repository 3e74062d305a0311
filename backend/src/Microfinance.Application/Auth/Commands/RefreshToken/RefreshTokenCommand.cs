using FluentValidation;
using MediatR;
using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Application.Auth.Commands.RefreshToken;

public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<AuthenticationResult>;

public sealed class RefreshTokenCommandValidator : AbstractValidator<RefreshTokenCommand>
{
    public RefreshTokenCommandValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshTokenCommandHandler(
    IIdentityService identity, ITokenService tokens, ITenantContext tenant, IAuditTrail audit)
    : IRequestHandler<RefreshTokenCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        using var scope = tenant.EnterUnrestrictedScope();
        var spent = await tokens.SpendRefreshTokenAsync(request.RefreshToken, cancellationToken);
        var user = spent is null ? null : await identity.FindActiveAsync(spent.Value.UserId, cancellationToken);
        if (spent is null || user is null)
        {
            audit.Describe("RefreshRefused");
            return AuthenticationResult.Refused;
        }
        audit.AttributeTo(user);
        return new AuthenticationResult(await tokens.IssueAsync(user, spent.Value.FamilyId, cancellationToken));
    }
}
