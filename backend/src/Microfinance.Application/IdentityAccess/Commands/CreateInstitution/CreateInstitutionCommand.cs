namespace Microfinance.Application.IdentityAccess.Commands.CreateInstitution;

/// <summary>Creates a tenant together with its first administrator, in one transaction.</summary>
[Authorize(Roles.PlatformAdmin)]
public sealed record CreateInstitutionCommand(
    string Name, string Code, string? CurrencyCode, string? TimeZone,
    string AdminUsername, string AdminDisplayName, string? AdminEmail, string AdminPassword) : ICommand<InstitutionDto>;
