using System.Text.Json.Serialization;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Users.Commands;

/// <summary>Sets a user's role and branch.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record AssignUserCommand(string Role, Guid? BranchId) : ICommand<UserDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class AssignUserCommandValidator : AbstractValidator<AssignUserCommand>
{
    public AssignUserCommandValidator() => RuleFor(x => x.Role).ValidInstitutionRole();
}

public sealed class AssignUserCommandHandler(IIdentityService identity, ICurrentUser currentUser)
    : IRequestHandler<AssignUserCommand, UserDto>
{
    public Task<UserDto> Handle(AssignUserCommand r, CancellationToken cancellationToken)
    {
        // An administrator who demoted themselves could leave the institution with nobody to manage it.
        if (r.Id == currentUser.UserId && r.Role != currentUser.Role)
            throw new DomainException("cannot_change_own_role", "You cannot change your own role.");
        return identity.AssignAsync(r.Id, r.Role, r.BranchId, cancellationToken);
    }
}
