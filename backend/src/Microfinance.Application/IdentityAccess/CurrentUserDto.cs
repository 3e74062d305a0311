namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// The signed-in user, with their institution's currency (null for a platform admin) for formatting amounts, and whether
/// they sign in with a second factor and whether their role requires it.
/// </summary>
public sealed record CurrentUserDto(
    Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles,
    Guid? InstitutionId, string? InstitutionName, string? Currency, Guid? BranchId, string? BranchName,
    bool TwoFactorEnabled, bool TwoFactorRequired);
