using System.Text.Json.Serialization;

namespace Microfinance.Application.Users.Commands;

/// <summary>Sets a new password chosen by the administrator and ends the user's sessions.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ResetUserPasswordCommand(string NewPassword) : ICommand<Unit>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class ResetUserPasswordCommandValidator : AbstractValidator<ResetUserPasswordCommand>
{
    public ResetUserPasswordCommandValidator() => RuleFor(x => x.NewPassword).ValidPassword();
}

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
