namespace Microfinance.Application.IdentityAccess;

/// <summary>The signed-in user, with their institution's currency (null for a platform admin) for formatting amounts.</summary>
public sealed record CurrentUserDto(
    Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles,
    Guid? InstitutionId, string? InstitutionName, string? Currency, Guid? BranchId, string? BranchName);
