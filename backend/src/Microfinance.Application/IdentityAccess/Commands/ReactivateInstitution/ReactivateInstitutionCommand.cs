namespace Microfinance.Application.IdentityAccess.Commands.ReactivateInstitution;

[Authorize(Roles.PlatformAdmin)]
public sealed record ReactivateInstitutionCommand(Guid Id) : ICommand<InstitutionDto>;
