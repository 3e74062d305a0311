namespace Microfinance.Application.IdentityAccess;

/// <summary>The roles that always sign in with a code, and those the institution added.</summary>
public sealed record TwoFactorSettingsDto(IReadOnlyList<string> AlwaysRequiredRoles, IReadOnlyList<string> RequiredRoles);
