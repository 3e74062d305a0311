namespace Microfinance.Application.IdentityAccess;

/// <summary>Whether a user signs in with a code (<paramref name="Enabled"/>) and whether their role requires it.</summary>
public sealed record TwoFactorStatus(bool Enabled, bool Required);
