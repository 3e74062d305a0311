namespace Microfinance.Application.IdentityAccess.Commands.SuspendInstitution;

/// <summary>A suspended institution's users can no longer sign in or refresh their tokens.</summary>
[Authorize(Roles.PlatformAdmin)]
public sealed record SuspendInstitutionCommand(Guid Id) : ICommand<InstitutionDto>;
